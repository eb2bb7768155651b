package extract

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

func TestBuildView(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"hard wraps and runs of space", "It grew   fast\nin the\t1990s.", "It grew fast in the 1990s."},
		{"broken word mended", "the develop-\nment of IT", "the development of IT"},
		{"hyphen kept after capitals", "new IT-\nrelated products", "new IT-related products"},
		{"a range broken at its dash joins", "earnings of US$ 50-\n60 million and 150–\n200 engineers", "earnings of US$ 50-60 million and 150–200 engineers"},
		{"hyphen kept after prefix", "completely self-\nsufficient", "completely self-sufficient"},
		{"paragraph break", "First paragraph ends.\n\nSecond one.", "First paragraph ends.\nSecond one."},
		{"heading over its paragraph, no blank between", "Intro.\n\nResults\nOf the 40 firms, 31 export.", "Intro.\nResults\nOf the 40 firms, 31 export."},
		{"numbered heading in sentence case", "Intro.\n\n2.3 Funding of research\nThe ministry paid for the new laboratories.", "Intro.\n2.3 Funding of research\nThe ministry paid for the new laboratories."},
		{"capitalised line inside a paragraph", "Intro.\n\nThe agreement was signed by the Minister of\nEducation in May.",
			"Intro.\nThe agreement was signed by the Minister of Education in May."},
		{"short first line of a narrow column", "Intro.\n\nThe ministry said\nMonday it would pay.", "Intro.\nThe ministry said Monday it would pay."},
		{"blank line inside a sentence", "There are more than 45 countries that are \n\nsuspected of it.",
			"There are more than 45 countries that are suspected of it."},
		{"a long headline ends at its blank line, a capital after it", "Foreign students in South Korea top 200,000 for the first time\n\nApplicants passed 30,000 this year.",
			"Foreign students in South Korea top 200,000 for the first time\nApplicants passed 30,000 this year."},
		{"a headline ends at its blank line over a byline", "Hackers stole record $1.7bn last year, UN panel says\n\nBy Staff Reporter | 14 March 2025\n\nThe panel met.",
			"Hackers stole record $1.7bn last year, UN panel says\nBy Staff Reporter | 14 March 2025\nThe panel met."},
		{"a headline after a story's last sentence ends at its blank line", "The first story ends.\n\nNorth Korea's university enrolment tops 500,000: report\n\nSEOUL, Nov. 12 -- More students.",
			"The first story ends.\nNorth Korea's university enrolment tops 500,000: report\nSEOUL, Nov. 12 -- More students."},
		{"a long line after a line mid-sentence runs on over a blank line", "The ministry said that\n\nit counted the students who enrolled in the first time\n\nSeoul offered places.",
			"The ministry said that it counted the students who enrolled in the first time Seoul offered places."},
		{"a list item ends its paragraph at a blank line", "Intro.\n\n- 9 joint papers\n\ni) 20 firms exported.",
			"Intro.\n- 9 joint papers\ni) 20 firms exported."},
		{"a short line alone is a title, though a number opens the next", "과학기술정보통신부 보도자료\n\n2024년 신규 박사학위 취득자 조사 결과 발표\n\n본문이다.",
			"과학기술정보통신부 보도자료\n2024년 신규 박사학위 취득자 조사 결과 발표\n본문이다."},
		{"a Korean outline's bullet opens a block", "- 취득자 1만 명, 3.1% 증가 -\n\n□ 조사 결과를 발표했다.\n○ 응답률은 68.2%였다.",
			"취득자 1만 명, 3.1% 증가 -\n□ 조사 결과를 발표했다.\n○ 응답률은 68.2%였다."},
		{"bare page number", "end of page.\n\n 8 \n\nNext page.", "end of page.\nNext page."},
		{"running header", "led to the\n\n\nBytes and Bullets in Korea 333 \n\norganization of research",
			"led to the organization of research"},
		{"sup footnote marker", "the year of science.<sup>1)</sup> North Korea", "the year of science. North Korea"},
		{"inline footnote marker", "- 12) Some of the examples follow.", "Some of the examples follow."},
		{"citation keeps its parenthesis", "(Mansourov, 2005: 80) and more", "(Mansourov, 2005: 80) and more"},
		{"markdown", "## **Title**\n\n*Bae Seong-in*\n\nA \\$1.5 million deal.", "Title\nBae Seong-in\nA $1.5 million deal."},
		{"markdown underscores", "Of __300__ labs, _45_ in snake_case files.", "Of 300 labs, 45 in snake_case files."},
		{"markdown rule", "One.\n\n---\n\nTwo.", "One.\nTwo."},
		{"nbsp", "LATEST&nbsp\n\nUS$\u00a038M", "LATEST\nUS$ 38M"},
		{"web furniture", "Quick access to main page (top)\n\nTitle\n\nBody one.\n\nBody two.\n\nBody three.\n\nComments0\n\n300\n\nLatest Stories\n\n  • 11,000 Troops",
			"Title\nBody one.\nBody two.\nBody three."},
		{"a related story after the article", "Body one.\n\nBody two.\n\nRelated: Samsung to invest W500bn in chip research\n\nShare this article",
			"Body one.\nBody two."},
		{"short article then furniture", "Share on Facebook\n\nBody one.\n\nAdvertisement\n\nBody two.\n\nMost Popular\n  • 5 ways to hack",
			"Body one.\nBody two."},
		{"a heading that reads like a marker", "Body one.\n\nBody two.\n\nTrending technologies\n\nCloud services grew by 25% in the year to March.",
			"Body one.\nBody two.\nTrending technologies\nCloud services grew by 25% in the year to March."},
		{"a marker heading over a report's list", "Body one.\n\nBody two.\n\nRecommended measures\n\n• Increase funding by 20% for the universities\n• Train 5,000 engineers by the end of 2025",
			"Body one.\nBody two.\nRecommended measures\n• Increase funding by 20% for the universities\n• Train 5,000 engineers by the end of 2025"},
		{"a footnote's number after a sentence that ends on a grouped number", "It trains 4,000 to 5,000.1 This paper covers 5,000.5 hectares.2 Its map.",
			"It trains 4,000 to 5,000. This paper covers 5,000.5 hectares.2 Its map."},
		{"Korean headings set tight over their paragraphs", "본문이다.\n\n인력\n2000년대 중반 인력은 약 180만 명이었다.\n\n국제 협력\n북한 연구자가 참여한 논문은 200편이었다.",
			"본문이다.\n인력\n2000년대 중반 인력은 약 180만 명이었다.\n국제 협력\n북한 연구자가 참여한 논문은 200편이었다."},
		{"a list of stories in sentence case, bulleted", "Body one.\n\nBody two.\n\nRelated stories\n- Chipmakers lift pay by 6% to keep their engineers\n- Universities double chip quotas\n\n© 2024 Daily. All rights reserved.",
			"Body one.\nBody two."},
		{"a second article after the furniture of the first", "Body one.\n\nBody two.\n\nComments0\n\n300\n\nLatest Stories\n\n• Gold Prices Rise Again\n• Missiles Change the Game\n\nSecond Title\n\nThe second article says that 4,000 engineers graduated this year.",
			"Body one.\nBody two.\nThe second article says that 4,000 engineers graduated this year."},
		{"subscribers are not a subscribe button", "Body one.\n\nSubscribers: 2.1 million", "Body one.\nSubscribers: 2.1 million"},
		{"data-sheet records", "People\nPopulation: 25,955,138 (2022 est.)\nLiteracy: total population: 100%\nLiteracy: male: 100%",
			"People\nPopulation: 25,955,138 (2022 est.)\nLiteracy: total population: 100%\nLiteracy: male: 100%"},
		{"a field's name on its own line over its parts", "People\n\nLiteracy\ndefinition: age 15 and over can read and write\ntotal population: 98.8%",
			"People\nLiteracy\ndefinition: age 15 and over can read and write\ntotal population: 98.8%"},
		{"a record ends its paragraph at a blank line", "Military: 2.6% of GDP (2016 est.)\n\n2022 survey of research\n\nBody.",
			"Military: 2.6% of GDP (2016 est.)\n2022 survey of research\nBody."},
		{"a footnote's number after the full stop ends the paragraph", "Enrolment was roughly half the official figure.2\n\n2.3 Staff\n\nBody.",
			"Enrolment was roughly half the official figure.2\n2.3 Staff\nBody."},
		{"a wrapped line is no record", "The report names the one country in\nAsia: the plan was never carried out.",
			"The report names the one country in Asia: the plan was never carried out."},
		{"a bracket the line before opened keeps the number it closes", "Median time was 4.5 years (IQR\n2.8–7.1).\n\n3) Notes follow.",
			"Median time was 4.5 years (IQR 2.8–7.1).\nNotes follow."},
		{"page footers numbered of the pages' count", "Thousands train abroad.\n\nLee et al. eLife 2024;13:e91234. DOI: https://doi.org/10.7554/eLife.91234    1 of 18\n\nIntroduction\n\nKorea produced 1,283 doctorates.\n\nLee et al. eLife 2024;13:e91234. DOI: https://doi.org/10.7554/eLife.91234    2 of 18\n\n3 of 18\n\nPage 4 of 18\n",
			"Thousands train abroad.\nIntroduction\nKorea produced 1,283 doctorates."},
		{"a numbered caption stands apart from the lines under it", "Intro.\n\n<표 4> 졸업생 (2023년, 명)\n구분 학부 대학원\n공학 1,250 310\n\nTable 1 shows the\nrest.",
			"Intro.\n<표 4> 졸업생 (2023년, 명)\n구분 학부 대학원 공학 1,250 310\nTable 1 shows the rest."},
		{"heading stays apart", "Political and Economic Context\n\nNorth Korea operates.", "Political and Economic Context\nNorth Korea operates."},
		{"a table set out with spaces", "Intro.\n\nField        Projects    Share (%)\nAgriculture  31          66.6\nMedicine     14          14.8\nSource: the ministry.",
			"Intro.\n| Field | Projects | Share (%) |\n|---|\n| Agriculture | 31 | 66.6 |\n| Medicine | 14 | 14.8 |\nSource: the ministry."},
		{"a table whose bars do not open its lines", "Table 1. Papers by field.\nField | Papers | Share (%)\nMathematics | 298 | 41.3\nPhysics | 254 | 55.9",
			"Table 1. Papers by field.\n| Field | Papers | Share (%) |\n|---|\n| Mathematics | 298 | 41.3 |\n| Physics | 254 | 55.9 |"},
		{"a table whose rows are periods", "Intro.\n\n시기\t전체 논문\t비율\n2000~2010\t214\t33.2\n2011–2015\t398\t49.5",
			"Intro.\n| 시기 | 전체 논문 | 비율 |\n|---|\n| 2000~2010 | 214 | 33.2 |\n| 2011–2015 | 398 | 49.5 |"},
		{"a part's numbered title stands apart from the paragraph under it", "Ⅳ. 결론\n\n2016년 이후 협력은 줄었다.\n\n1. 자료 수집\n\n2023년 2월 검색하였다.\n\nSales rose to\n\n12 percent.",
			"Ⅳ. 결론\n2016년 이후 협력은 줄었다.\n1. 자료 수집\n2023년 2월 검색하였다.\nSales rose to 12 percent."},
		{"a table whose rows are classes of sizes", "Intro.\n\nFirm size (employees)    Firms    Spending (KRW 1,000)\n1–49    1,684    298\n300 or more    472    1,270",
			"Intro.\n| Firm size (employees) | Firms | Spending (KRW 1,000) |\n|---|\n| 1–49 | 1,684 | 298 |\n| 300 or more | 472 | 1,270 |"},
		{"a tab-separated table with columns of words", "Intro.\n\nRank\tUniversity\tFounded\tStudents\n1\tKonkuk University\t1946\t26,812\n2\tKyung Hee University\t1949\t25,930",
			"Intro.\n| Rank | University | Founded | Students |\n|---|\n| 1 | Konkuk University | 1946 | 26,812 |\n| 2 | Kyung Hee University | 1949 | 25,930 |"},
		{"a table whose rows are labelled in Korean", "표 2. 분야별 논문\n분야 | 2023 | 2024\n기계공학 | 298 | 310\n기초과학 | 254 | 262",
			"표 2. 분야별 논문\n| 분야 | 2023 | 2024 |\n|---|\n| 기계공학 | 298 | 310 |\n| 기초과학 | 254 | 262 |"},
		{"runs of spaces do not set columns of words apart", "Intro.\n\nRank    University    Students\n1    Konkuk University    26,812\n2    Kyung Hee University    25,930",
			"Intro.\nRank University Students 1 Konkuk University 26,812\n2 Kyung Hee University 25,930"},
		{"an infobox's fields", "Daedeok\n\nType\tResearch zone\nArea\t67.8 km2\nInstitutes\t\t36 (2022)\n\nDaedeok is a district.",
			"Daedeok\nType: Research zone\nArea: 67.8 km2\nInstitutes: 36 (2022)\nDaedeok is a district."},
		{"a lone tab is no infobox", "The plan\tfailed.\nIt was dropped.", "The plan failed. It was dropped."},
		{"a story list in sentence case after a marker", "Body one.\n\nBody two.\n\nRelated\nMedical school quota fight enters its second year\nSamsung to hire 500 AI researchers in Silicon Valley",
			"Body one.\nBody two."},
		{"a markdown line of related links, set in emphasis", "Body one.\n\nBody two.\n\n---\n\n*Related: [Seoul to double PhD stipends](https://example.com/stipends) · [Top 10 labs to watch](https://example.com/labs)*",
			"Body one.\nBody two."},
		{"a markdown bullet stays before a count", "Intro.\n\n- **31** Korean universities were ranked\n-   12 Korean firms made the list\n- 12) A footnote follows.\n* 3. Results",
			"Intro.\n- 31 Korean universities were ranked\n- 12 Korean firms made the list\nA footnote follows.\n3. Results"},
		{"an English list of the most viewed stories, numbered", "Body one.\n\nBody two.\n\nMost viewed\n1 Chip heir's appeal rejected\n2 Weather: heavy rain in the south\n3 K-pop group tops charts for 12 weeks",
			"Body one.\nBody two."},
		{"Korean news furniture", "공유하기\n가 가 가\n공유\n인쇄\n\n정부는 예산을 늘렸다.\n\n대학은 학생 3천 명을 뽑았다.\n\n<저작권자 ⓒ 일보, 무단 전재 및 재배포 금지>\n\n관련기사\n대학 정원 2천 명 확대\n\n많이 본 뉴스\n1 반도체 인재 10만 명 양성\n2 R&D 예산 26조 원\n3 '반도체 인재' 3만 명 모자란다\n\n댓글 12",
			"정부는 예산을 늘렸다.\n대학은 학생 3천 명을 뽑았다."},
		{"markers set in brackets and bullets", "정부는 예산을 늘렸다.\n\n대학은 학생 3천 명을 뽑았다.\n\n[관련기사]\n- 대학원생 10명 중 4명 \"생활비 부족\"\n- 해외 유출 과학자 5년간 2만 명\n\n▶ 많이 본 뉴스\n1 반도체 인재 10만 명 양성",
			"정부는 예산을 늘렸다.\n대학은 학생 3천 명을 뽑았다."},
		{"a list of related stories in the middle of an article", "정부는 예산을 3조 원 늘렸다.\n\n대학은 학생 3천 명을 뽑았다.\n\n관련기사\n- 대학 연구비 10% 삭감…연구실 '비상'\n- 출연연 인건비 2,000억 원 부족\n\n증액분의 절반은 반도체 분야에 배정됐다.",
			"정부는 예산을 3조 원 늘렸다.\n대학은 학생 3천 명을 뽑았다.\n증액분의 절반은 반도체 분야에 배정됐다."},
		{"a related story's line between paragraphs goes alone", "Body one.\n\nBody two.\n\nRelated: Three more colleges close their doors\n\nSince 2000, 22 universities have closed, and many more report deficits this year.",
			"Body one.\nBody two.\nSince 2000, 22 universities have closed, and many more report deficits this year."},
		{"a marker heading without its link keeps the prose under it", "Body one.\n\nBody two.\n\nRelated:\n\nSince 2000, 22 universities have closed, and many more report deficits this year.",
			"Body one.\nBody two.\nRelated:\nSince 2000, 22 universities have closed, and many more report deficits this year."},
		{"a Korean marker heading over prose", "정부는 예산을 늘렸다.\n\n대학은 학생 3천 명을 뽑았다.\n\n댓글 분석\n\n댓글 가운데 40%는 찬성 의견이었다.",
			"정부는 예산을 늘렸다.\n대학은 학생 3천 명을 뽑았다.\n댓글 분석\n댓글 가운데 40%는 찬성 의견이었다."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := document.BuildView([]byte(tc.raw), lexicon.Default())
			if diff := cmp.Diff(tc.want, v.Text); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			checkOffsets(t, []byte(tc.raw), v)
		})
	}
}

// TestDropped checks that whatever the view leaves out as furniture is reported, at its raw
// bytes, with its reason.
func TestDropped(t *testing.T) {
	raw := "Advertisement\n\nBody one.\n\nBody two.\n\nComments0\n\n300\n\n• Gold Prices Rise Again by 3.5%\n"
	got := document.BuildView([]byte(raw), lexicon.Default()).Dropped()
	want := []document.Dropped{
		{Start: 0, End: 13, Reason: "site furniture: line 'Advertisement'"},
		{Start: strings.Index(raw, "Comments0"), End: len(raw) - 1, Reason: "site furniture: a block after 'Comments0'"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReferenceLists checks that a list of works cited is left out, up to the next heading
// that heads no list, and reported; a heading with no entries, a heading over prose (no
// line of it marked as a citation is: a year after "by", or running on into words, is
// prose's) and a sentence that
// starts with the word leave the text alone.
func TestReferenceLists(t *testing.T) {
	const body = "The institute trained 4,000 engineers in 2010.\n\n"
	for _, tc := range []struct {
		name, raw, list string // list: the text left out, "" for none
	}{
		{"to the end", body + "References\n\n1. Kim, J. (2016). \"A history\". Journal 12 (3): 45–67.\n2. Annual report 2020. Retrieved 4 March 2021.\n",
			"References\n\n1. Kim, J. (2016). \"A history\". Journal 12 (3): 45–67.\n2. Annual report 2020. Retrieved 4 March 2021."},
		{"up to an appendix", body + "## Bibliography\nLee, S. 2004. Korea's IT industry. Seoul: KISDI, pp. 11–17.\n\nAppendix\nThe survey covered 1,200 firms.\n",
			"## Bibliography\nLee, S. 2004. Korea's IT industry. Seoul: KISDI, pp. 11–17."},
		{"Korean, with further reading", body + "참고문헌\n김철수 (2010). 북한의 정보기술. 서울: 통일연구원, 320쪽.\nFurther reading\nPark, H. (2019). Science in Korea.\n",
			"참고문헌\n김철수 (2010). 북한의 정보기술. 서울: 통일연구원, 320쪽.\nFurther reading\nPark, H. (2019). Science in Korea."},
		{"an encyclopedia's heading with its edit link", body + "References[edit]\n\n1. Park, H. (2020). Scientometrics. 122: 1–19.\n",
			"References[edit]\n\n1. Park, H. (2020). Scientometrics. 122: 1–19."},
		{"heading with nothing under it", body + "References\n\nExternal links\n", ""},
		{"a sentence, not a heading", body + "References to the plan rose by 40% in 2012.\n", ""},
		{"first line is the title", "Sources\n\nThe ministry counted 300 schools.\n", ""},
		{"a part of the results", body + "Citations\nCited papers had 4.7 times as many authors as the others by 2018.\n\nDiscussion\nFew of them were reviews.\n", ""},
		{"a year running on into prose", body + "Citations\nFor the 2,146 joint articles of 2022 the advantage was 17%.\n\nDiscussion\nFew of them were reviews.\n", ""},
		{"years of two works", body + "Sources\nKim, J. 2016a. Engineers. Seoul: KDI.\nKim, J. 2016b, Scientists. Seoul: KDI.\n", "Sources\nKim, J. 2016a. Engineers. Seoul: KDI.\nKim, J. 2016b, Scientists. Seoul: KDI."},
		{"entries wrapped over lines", body + "References\n1. Kim J, Lee S. Mobility of doctoral graduates\nin engineering. J Korean Eng. 2016;12:45-67.\n2. Park H. Science parks\nand their tenants. Res Policy.\n2019;48:1-9.\n",
			"References\n1. Kim J, Lee S. Mobility of doctoral graduates\nin engineering. J Korean Eng. 2016;12:45-67.\n2. Park H. Science parks\nand their tenants. Res Policy.\n2019;48:1-9."},
	} {
		t.Run(tc.name, func(t *testing.T) { checkLeftOut(t, tc.raw, tc.list) })
	}
}

// TestNotesUnderRule checks that the notes a printed page sets under a rule of underscores
// are left out up to the next blank line, and reported; a rule with prose under it, and a
// markdown rule, leave the text alone.
func TestNotesUnderRule(t *testing.T) {
	const body = "Graduates rose 6.1% a year earlier.3\n\n"
	for _, tc := range []struct {
		name, raw, notes string // notes: the text left out, "" for none
	}{
		{"notes", body + "______________\n3 Korea Education Development Institute (2024), Seoul, pp. 45-47.\n4 Forecast 2023-2027, Table 12.\n\nThe survey covered 520 firms.\n",
			"3 Korea Education Development Institute (2024), Seoul, pp. 45-47.\n4 Forecast 2023-2027, Table 12."},
		{"prose under a rule", body + "______________\nThe survey covered 520 firms.\n", ""},
		{"a markdown rule", body + "---\n3 firms closed in 2020.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkLeftOut(t, tc.raw, tc.notes) })
	}
}

// checkLeftOut checks that the view of raw leaves out, and reports, exactly the text want.
func checkLeftOut(t *testing.T, raw, want string) {
	t.Helper()
	dropped := document.BuildView([]byte(raw), lexicon.Default()).Dropped()
	var got string
	for _, d := range dropped {
		got += raw[d.Start:d.End]
	}
	if got != want {
		t.Errorf("left out %q, want %q (%v)", got, want, dropped)
	}
}

// checkOffsets verifies the view's map back to raw bytes: offsets never decrease, and every
// view byte other than an inserted separator is the raw byte it maps to.
func checkOffsets(t *testing.T, raw []byte, v *document.View) {
	t.Helper()
	for i := 0; i < len(v.Text); i++ {
		o := v.RawStart(i)
		if o < 0 || o >= len(raw) {
			t.Fatalf("view byte %d maps to %d, outside the raw %d bytes", i, o, len(raw))
		}
		if i > 0 && o < v.RawStart(i-1) {
			t.Fatalf("view byte %d maps to %d, before byte %d's %d", i, o, i-1, v.RawStart(i-1))
		}
		// The bars and the rule of a table the view writes from columns set out with
		// spaces stand for the spaces and the line end around the cells.
		lineStart := strings.LastIndexByte(v.Text[:i], '\n') + 1
		table := strings.HasPrefix(v.Text[lineStart:], "|") && (v.Text[i] == '|' || v.Text[i] == '-')
		// So does the colon of an infobox's field for the tab after its label.
		record := v.Text[i] == ':' && raw[o] == '\t'
		if c := v.Text[i]; c != ' ' && c != '\n' && raw[o] != c && !table && !record {
			t.Fatalf("view byte %d %q maps to raw %d %q", i, c, o, raw[o])
		}
	}
}

func TestSentences(t *testing.T) {
	text := "The U.S. government and Mr. Kim met, e.g. in Seoul. See No. 4 and p. 76 of the report. " +
		"Is it? Yes! J. Smith agreed.\nA heading\n“Quoted.” Next one. It grew a year earlier.3 Four-year " +
		"colleges grew too.\nTable 2-1. ICT graduates by level (persons)\nIt was destroyed.[2][note 3] In 1960 it grew. See [x y]. It fell.[citation needed] It rose.\nⅢ. 분석 결과\n2. Methods\n1. Require multi-factor authentication for every account."
	var got []string
	for _, s := range document.Sentences(text, lexicon.Default()) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"The U.S. government and Mr. Kim met, e.g. in Seoul.",
		"See No. 4 and p. 76 of the report.",
		"Is it?",
		"Yes!",
		"J. Smith agreed.",
		"A heading",
		"“Quoted.”",
		"Next one.",
		"It grew a year earlier.3",
		"Four-year colleges grew too.",
		"Table 2-1. ICT graduates by level (persons)",
		"It was destroyed.[2][note 3]",
		"In 1960 it grew.",
		"See [x y].",
		"It fell.[citation needed]",
		"It rose.",
		"Ⅲ. 분석 결과",
		"2. Methods",
		"1.",
		"Require multi-factor authentication for every account.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestKoreanSentences checks that Korean sentences, which start with no capital, are split
// at their ends.
func TestKoreanSentences(t *testing.T) {
	text := "정부는 계획을 발표했다. 이 계획에 따라 5년간 투자한다. 참여 대학은 200곳이다."
	var got []string
	for _, s := range document.Sentences(text, lexicon.Default()) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"정부는 계획을 발표했다.", "이 계획에 따라 5년간 투자한다.", "참여 대학은 200곳이다."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzBuildView checks the view of any valid UTF-8 text: offsets in range and monotonic,
// copied bytes equal to their raw bytes, and the view itself valid UTF-8.
func FuzzBuildView(f *testing.F) {
	for _, s := range []string{"develop-\nment", "a\n\n 8 \n\nb", "x<sup>1)</sup> y", "- 12) z", "\\$1", "Comments0\n", "A  B  C\nx  1  2\ny  3  4\n", "A | B | C\nx | 1 | 2\ny | 3 | 4", "Area\t6 km2\nSize\t\t7\n", "&nbsp", "\u00a0\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return
		}
		v := document.BuildView([]byte(raw), lexicon.Default())
		if !utf8.ValidString(v.Text) {
			t.Fatalf("view of %q is not UTF-8: %q", raw, v.Text)
		}
		checkOffsets(t, []byte(raw), v)
	})
}

// FuzzFind checks that any text gives figures whose offsets lie inside the raw text, whose
// text is the raw bytes there with white space collapsed, whose ranges are ordered and whose
// values are finite; that the same bytes give the same figures again; and that only what is
// not UTF-8 text is refused.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"More than 4,000 IT specialists", "US$ 38M, SIT – US$ 17M", "between 700,000 and\n800,000 people",
		"one- to three-year jobs", "94 (85%) of the papers", "1.2 and 2.3 billion", "5 years and 6 months",
		"a dozen of", "A million", "an hour", "a third of", "26% to 66 %", "the 11th", "2-3-1", "(Mansourov, 2005: 80)", "$", "1,", "one in",
		"It trained 300\rengineers.\r\rUS$ 5 million", "\ufeff40 papers", "=1+2 people",
		"rose from 3 to 47.1 Most were", "47. The", "4.1 The", "($1 = 1,379.0000 won)", "$1 =", "1개 대학당 100억 원",
		"Country code: 850", "almost a decade", "1.8 times", "0.5 percentage points", "all three were",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		doc, err := document.NewDocument("fuzz", []byte(raw), lexicon.Default())
		if err != nil {
			notText := !utf8.ValidString(raw) || strings.ContainsRune(raw, 0) || strings.TrimSpace(raw) == "" ||
				strings.HasPrefix(raw, "\xff\xfe") || strings.HasPrefix(raw, "\xfe\xff")
			if !notText {
				t.Fatalf("text refused: %v", err)
			}
			return
		}
		figs := Find(doc)
		checkStarts(t, lexicon.Default(), raw)
		for _, fig := range figs {
			if fig.Start < 0 || fig.End > len(raw) || fig.Start >= fig.End {
				t.Fatalf("figure %q at [%d, %d) outside %d bytes", fig.Text, fig.Start, fig.End, len(raw))
			}
			if got := strings.Join(strings.Fields(raw[fig.Start:fig.End]), " "); got != strings.Join(strings.Fields(fig.Text), " ") {
				t.Fatalf("text %q, raw %q", fig.Text, got)
			}
			if fig.IsRange && fig.Low > fig.High {
				t.Fatalf("range %v > %v in %q", fig.Low, fig.High, raw)
			}
			for _, v := range []float64{fig.Value, fig.Low, fig.High} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("figure %q: value %v", fig.Text, v)
				}
			}
			if fig.SentenceStart > fig.Start || fig.SentenceEnd < fig.End {
				t.Fatalf("sentence [%d, %d) does not hold figure [%d, %d)", fig.SentenceStart, fig.SentenceEnd, fig.Start, fig.End)
			}
		}
		again, _ := document.NewDocument("fuzz", []byte(raw), lexicon.Default())
		if diff := cmp.Diff(figs, Find(again)); diff != "" {
			t.Fatalf("the same bytes gave other figures (-first +second):\n%s", diff)
		}
	})
}

// FuzzSentences checks the sentence splitter on any text: spans ordered, inside the text,
// not empty, no longer than document.MaxSentence, and trimmed of the separators.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"One. Two.", "U.S. No. 4. Next", "a\nb", "“Quoted.” Next.", "x. (y) z! W? 3."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, sp := range document.Sentences(text, lexicon.Default()) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("span %v after %d in %d bytes", sp, prev, len(text))
			}
			if sp.End-sp.Start > document.MaxSentence {
				t.Fatalf("sentence of %d bytes", sp.End-sp.Start)
			}
			s := text[sp.Start:sp.End]
			if s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == ' ' || s[len(s)-1] == '\n' {
				t.Fatalf("untrimmed sentence %q", s)
			}
			if !utf8.ValidString(s) {
				t.Fatalf("sentence %q cut inside a character", s)
			}
			prev = sp.End
		}
	})
}

func TestPages(t *testing.T) {
	raw := "Report title\n\n 1 \n\nIt trained 300 engineers.\n\n 2 \n\nIt spent US$ 5 million.\n"
	doc, err := document.NewDocument("paged", []byte(raw), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var pages []int
	for _, f := range Find(doc) {
		pages = append(pages, f.Page)
	}
	if diff := cmp.Diff([]int{1, 2}, pages); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	// Running headers that recur with the page number on alternate sides mark pages, and a
	// footnote number alone on its line does not.
	raw = "    Journal of Korean Studies, Vol. 12 (2015)  47\n\nIt trained 300 engineers.\n\n   3\n  See p. 58.\n\n" +
		"48    Journal of Korean Studies, Vol. 12 (2015)\n\nIt spent US$ 5 million.\n"
	doc, err = document.NewDocument("headers", []byte(raw), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	pages = nil
	for _, f := range Find(doc) {
		pages = append(pages, f.Page)
	}
	if diff := cmp.Diff([]int{47, 48}, pages); diff != "" {
		t.Errorf("pages from running headers (-want +got):\n%s", diff)
	}
	if strings.Contains(doc.View.Text, "Journal") {
		t.Errorf("running header left in the view: %q", doc.View.Text)
	}
	// A lone mark, or marks out of sequence, give no pages at all.
	doc, _ = document.NewDocument("unpaged", []byte("Intro\n\n 8 \n\nIt trained 300 engineers.\n\n 3 \n\nEnd.\n"), lexicon.Default())
	if figs := Find(doc); len(figs) != 1 || figs[0].Page != 0 {
		t.Errorf("out-of-sequence marks gave pages: %+v", figs)
	}
}
