package normalize

import (
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/schemas"
)

// span locates fig in sentence.
func span(sentence, fig string) document.Span {
	i := strings.Index(sentence, fig)
	return document.Span{Start: i, End: i + len(fig)}
}

func TestSentenceYear(t *testing.T) {
	tests := []struct {
		sentence, fig string
		want          int // 0: none
	}{
		{"In 2001, North Korea delivered US$ 3.35 million worth of hardware.", "US$ 3.35 million", 2001},
		{"From 1995 to 1997, between 700,000 and 800,000 people died annually.", "between 700,000 and 800,000", 1997},
		{"Sales totaled USD 200,000 for the year (Vladimir, 2003).", "USD 200,000", 0},
		{"In 2001 sales totaled USD 200,000 (Vladimir, 2003a: 12).", "USD 200,000", 2001},
		{"It will allocate US$ 107 million up to the year of 2011.", "US$ 107 million", 2011},
		{"Nine papers published between 2017 and 2019 could have been used.", "Nine", 2019},
		{"More than 60 projects have been carried out.", "More than 60", 0},
		{"The budget for 2021-22 was 4.5 billion won.", "4.5 billion won", 2022},
		{"In the 1999/00 academic year, 1,204 students enrolled.", "1,204", 2000},
		{"In 2019 plan 19-45 set 40 goals.", "40", 2019},
		{"In 2002, 500 specialists trained in Europe, 2001 graduates said.", "500", 2002},
		{"재학생은 약 1만 2000명, 교원은 800여 명이다.", "800여 명", 0},
		{"2020학년도 신입생은 2000여 명이었다.", "2000여 명", 2020},
		{"2019회계연도 예산은 450억 원이다.", "450억 원", 2019},
		{"The team published 12 papers in 2021, 15 in 2022 and 19 in 2023.", "15", 2022},
		{"The team published 12 papers in 2021, 15 in 2022 and 19 in 2023.", "12", 2021},
		{"Output rose from 240 in 2001–2005 to 610 in 2016–2020.", "240", 2005},
		{"Output rose from 240 in 2001–2005 to 610 in 2016–2020.", "610", 2020},
		{"In 2019, 300 students enrolled, up from 250 in 2015.", "300", 2019},
		{"Enrollment stood at 3,450 in 2022, 12% higher than in 2021.", "12%", 2022},
		{"About 1,500 scientists left last year, up from 900 in 2019.", "About 1,500", 0},
		{"About 1,500 scientists left last year, up from 900 in 2019.", "900", 2019},
		{"Between 700,000 and 800,000 people died from 1995 to 1997.", "Between 700,000 and 800,000", 1997},
		{"Hackers stole an estimated $1.7 billion last year, nearly triple the amount taken in 2021.", "an estimated $1.7 billion", 0},
	}
	for _, tc := range tests {
		got, ok := SentenceYear(tc.sentence, span(tc.sentence, tc.fig), lexicon.Default())
		if !ok {
			got = 0
		}
		if got != tc.want {
			t.Errorf("%q: year %d, want %d", tc.sentence, got, tc.want)
		}
	}
}

func TestSubject(t *testing.T) {
	tests := []struct{ sentence, fig, want string }{
		{"The ROK Ministry of Information and Communications allocated additional US$ 40 million in 2002.", "US$ 40 million", "ROK Ministry of Information and Communications"},
		{"According to data released by Orascom in 2012, the company had over 1 million phone contracts.", "over 1 million", "Orascom"},
		{"Moreover, for the past 14 years, North Korea has been on the list.", "14", "North Korea"},
		{"Available data indicate that every one in four IT-related projects is joint.", "one in four", ""},
		{"Russian and Korean firms signed 12 contracts (Vladimir, 2003).", "12", ""},
	}
	for _, tc := range tests {
		if got := Subject(tc.sentence, span(tc.sentence, tc.fig), lexicon.Default()); got != tc.want {
			t.Errorf("%q: subject %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestCategory(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		fig  extract.Figure
		want string
	}{
		{extract.Figure{Unit: "KRW", Sentence: "The school got 3 billion won."}, "funding"},
		{extract.Figure{Unit: "people", Counted: "IT specialists", Sentence: "More than 4,000 IT specialists have graduated."}, "graduates"},
		{extract.Figure{Unit: "papers", Counted: "papers", Sentence: "657 papers were co-authored."}, "coauthorship"},
		{extract.Figure{Unit: "percent", Sentence: "More than 80% of these involved co-authorship with Chinese researchers."}, "coauthorship"},
		{extract.Figure{Unit: "count", Counted: "launch tests", Sentence: "It conducted more than 80 launch tests."}, "other"},
		{extract.Figure{Unit: "count", Counted: "subscribers", Sentence: "It had 6 million subscribers.", Context: "The university trains students. Its graduates work abroad."}, "other"},
		{extract.Figure{Unit: "people", Counted: "engineers", Sentence: "About 7,000 engineers were deployed.", Context: "It is possible to estimate the number of graduates from matriculated students."}, "graduates"},
		{extract.Figure{Unit: "count", Counted: "plan", Sentence: "Investment grew when it formulated a three-year plan."}, "other"},
		{extract.Figure{Unit: "percent", Sentence: "Literacy: male: 100%", Heading: "Literacy"}, "graduates"},
		{extract.Figure{Unit: "count", Sentence: "The figure was 1,800 in 2015.", Heading: "Student enrolment"}, "graduates"},
		{extract.Figure{Unit: "count", Counted: "violations", Sentence: "A police analysis found 30 violations."}, "other"},
		// A rate counts what comes before its "per": grants, not universities.
		{extract.Figure{Unit: "count", Counted: "grants per university", Sentence: "The agency made 3.2 grants per university."}, "other"},
		{extract.Figure{Unit: "papers", Counted: "papers per faculty member", Sentence: "| Papers per faculty member | 1.31 |"}, "coauthorship"},
		{extract.Figure{Unit: "people", Counted: "passengers", Sentence: "The train carried 500 passengers."}, "other"},
		{extract.Figure{Unit: "people", Counted: "AI specialists", Sentence: "The government will train 5,000 AI specialists by 2027."}, "graduates"},
		{extract.Figure{Unit: "people", Counted: "engineers", Text: "150,000", Sentence: "The government will also train 150,000 engineers.", InSentence: document.Span{Start: 31, End: 38}}, "graduates"},
		{extract.Figure{Unit: "people", Counted: "nurses", Text: "3,000", Sentence: "The plan aims to educate 3,000 nurses a year.", InSentence: document.Span{Start: 25, End: 30}}, "graduates"},
		{extract.Figure{Unit: "count", Counted: "citations", Sentence: "The survey counted 1,200 citations."}, "coauthorship"},
		{extract.Figure{Unit: "percent", Sentence: "Gender was assigned by a classifier trained on 450,000 names; it reached an accuracy of 96.1%."}, "other"},
		{extract.Figure{Unit: "percent", Text: "About 60 per cent", Sentence: "About 60 per cent of them were in science and engineering.", InSentence: document.Span{Start: 0, End: 17},
			Context: "Between 2000 and 2020, roughly 29,000 Koreans earned doctorates at US universities."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "about half", Sentence: "Salaries average 50 million won, about half of those offered in Silicon Valley.", InSentence: document.Span{Start: 33, End: 43},
			Context: "The ministry will fund 1,000 scholarships for undergraduates."}, "other"},
		// What a count names decides over the school around it; places and bare counters do not.
		{extract.Figure{Unit: "count", Text: "12", Counted: "workshops", Sentence: "The college runs 12 workshops and a farm.", Heading: "The college"}, "other"},
		{extract.Figure{Unit: "count", Text: "4", Counted: "canteens", Sentence: "Its 9,000 students eat in 4 canteens."}, "other"},
		{extract.Figure{Unit: "count", Text: "6", Counted: "secondary schools", Sentence: "The city has 6 secondary schools."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "nine", Counted: "sites", Sentence: "Teacher training courses ran at nine sites."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "3", Sentence: "Three students failed, 3 of them twice."}, "graduates"},
		{extract.Figure{Unit: "years", Text: "29", Counted: "years", Sentence: "At 29 she had co-authored 40 papers."}, "other"},
		{extract.Figure{Unit: "months", Text: "약 8개월", Counted: "개월", Sentence: "논문 심사에는 약 8개월이 걸렸다."}, "other"},
		{extract.Figure{Unit: "years", Text: "four-year", Counted: "doctoral course", Sentence: "The four-year doctoral course ends with a thesis."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "9", Counted: "faculties", Sentence: "The institute grew to 9 faculties."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "310", Counted: "doctoral degrees", Sentence: "The academy awarded 310 doctoral degrees."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "15,000", Counted: "mid-career workers", Sentence: "The academy aims to retrain 15,000 mid-career workers."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "600", Counted: "apprentices", Sentence: "The shipyard took on 600 apprentices."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "13.8", Counted: "mean degree", Sentence: "The network had 12,480 nodes, with a mean degree of 13.8."}, "other"},
		{figureIn("시범 과정에는 612명이 수료했다.", "612명이", "people", "명", ""), "graduates"},
		{figureIn("대학 예산은 절반 가까이 줄어들었다.", "절반 가까이", "percent", "", ""), "other"},
		{figureIn("대학원생 수는 12% 늘었다.", "12%", "percent", "", ""), "graduates"},
		{figureIn("정부는 공동연구 예산을 내년 3,000억 원으로 40%가량 늘릴 계획이다.", "40%가량", "percent", "", ""), "other"},
		{extract.Figure{Unit: "count", Text: "268", Counted: "dropouts", Sentence: "The institute counted 268 dropouts."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "1,000", Counted: "postdoctoral fellowships", Sentence: "It offers 1,000 postdoctoral fellowships a year."}, "graduates"},
		{figureIn("The package doubles the monthly stipend for doctoral students.", "doubles", "count", "times", ""), "other"},
		// Joint projects of science are research collaboration.
		{extract.Figure{Unit: "projects", Text: "73", Counted: "joint projects", Sentence: "The two Koreas carried out 73 joint projects in science."}, "coauthorship"},
		// Bylines, co-inventors and research misconduct are the vocabulary of authorship.
		{figureIn("Senior professors held the last position on 61% of the bylines.", "61%", "percent", "", ""), "coauthorship"},
		{figureIn("A co-inventor abroad appeared on 13% of the filings.", "13%", "percent", "", ""), "coauthorship"},
		{figureIn("교육부는 대학의 연구부정 행위 63건을 적발했다.", "63건", "count", "건", ""), "coauthorship"},
		{figureIn("Dual affiliations rose to 8.7% of researchers.", "8.7%", "percent", "", ""), "coauthorship"},
		{figureIn("Multi-author records made up 64% of the total.", "64%", "percent", "", ""), "coauthorship"},
		{figureIn("The collaboration network linked 2,400 institutions.", "2,400", "count", "institutions", ""), "coauthorship"},
		{figureIn("교신저자 가운데 41%가 여성이었다.", "41%", "percent", "", ""), "coauthorship"},
		{figureIn("Hyperauthorship papers list more than 900 names.", "more than 900", "people", "names", ""), "coauthorship"},
		{figureIn("The ministry will fund coding bootcamps for 20,000 mid-career workers.", "20,000", "people", "mid-career workers", ""), "graduates"},
		// Leaving a course of study is a matter of training.
		{figureIn("주요 대학 자연계열 중도탈락자는 지난해 987명이었다.", "987명", "people", "명", ""), "graduates"},
		{figureIn("올해 자퇴한 사람은 412명으로 늘었다.", "412명", "people", "명", ""), "graduates"},
		// A workforce its clause's subject names is no training's, whatever the sentences around
		// speak of; a subject that names none, or a clause that speaks of training, decides nothing.
		{withContext(figureIn("현재 국내 양자 분야 연구 인력은 약 1,100명으로 미국에 못 미친다.", "약 1,100명", "people", "명", ""), "정부는 인재 2,500명을 길러내겠다고 밝혔다. 석·박사 양성에 나선다."), "other"},
		{withContext(figureIn("국내 반도체 종사자가 올해 18만 명에 이르렀다.", "18만 명", "people", "명", ""), "정부는 인재 2,500명을 길러내겠다고 밝혔다. 석·박사 양성에 나선다."), "other"},
		{withContext(figureIn("지원 대상은 약 6만 명이다.", "약 6만 명", "people", "명", ""), "정부는 인재 2,500명을 길러내겠다고 밝혔다. 석·박사 양성에 나선다."), "graduates"},
		// A demand for workers is no training either, though it names talent ("a shortage of
		// 3,000 engineers").
		{withContext(figureIn("업계는 반도체 인재 부족 규모가 2030년까지 5만 4천 명에 이를 것으로 본다.", "5만 4천 명", "people", "명", ""), "정부는 인재 2,500명을 길러내겠다고 밝혔다. 석·박사 양성에 나선다."), "other"},
		{withContext(figureIn("배터리 분야 인력수요는 3만 명으로 추산된다.", "3만 명", "people", "명", ""), "정부는 인재 2,500명을 길러내겠다고 밝혔다. 석·박사 양성에 나선다."), "other"},
		// A course's length is training's, though the university it names masks its votes.
		{figureIn("그 기관은 2001년 3년제 대학교로 바뀌었다.", "3년제", "years", "년제", ""), "graduates"},
		{figureIn("그 나라의 학제는 6년이다.", "6년", "years", "년", ""), "graduates"},
		{figureIn("학제간 연구로 3년간 협력했다.", "3년간", "years", "년간", ""), "other"},
		// A list of values of one measure goes on with its subject past the comma.
		{figureIn("개교 당시 교수는 38명에 불과했으나 2015년 120명, 2024년 231명으로 늘었다.", "231명", "people", "명", ""), "graduates"},
		{figureIn("특히 박사급 연구 인력은 해마다 800명가량 모자란다.", "800명가량", "people", "명", ""), "other"},
		{figureIn("박사급 연구 인력은 해마다 800명가량 양성된다.", "800명가량", "people", "명", ""), "graduates"},
		{figureIn("응답 기업 10곳 중 7곳은 석사급 인력을 구하기 어렵다고 답했다.", "10곳 중 7곳", "percent", "", ""), "other"},
		// A workforce's noun right before its count, which the verb takes, is a workforce; in
		// a headline's noun phrase the noun after the count says what is done.
		{withContext(figureIn("이 연구소는 3년 동안 신규 인력 95명을 뽑았다.", "95명", "people", "명", ""), "대학원생 교육을 맡는다."), "other"},
		{withContext(figureIn("2030년까지 전문인력 5,000명 배출 목표", "5,000명", "people", "명", ""), "대학원생 교육을 맡는다."), "graduates"},
		{figureIn("같은 기간 배출될 것으로 예상되는 인력은 900여 명에 그쳤다.", "900여 명", "people", "명", ""), "graduates"},
		{figureIn("교직원은 약 3,000명이다.", "약 3,000명", "people", "명", ""), "graduates"},
		{figureIn("해외 유학을 떠난 사람은 2만 명이다.", "2만 명", "people", "명", ""), "graduates"},
		{figureIn("Adult learners numbered 12,000 in 2020.", "12,000", "people", "Adult learners", ""), "graduates"},
		{figureIn("표절 의혹이 제기된 건은 17건이다.", "17건", "count", "건", ""), "coauthorship"},
		{figureIn("Open-access articles made up 41% of the total.", "41%", "percent", "", ""), "coauthorship"},
		// An encyclopedia's "[citation needed]" is no citation; a numbered part's clause is the part's.
		{figureIn("Some 61,000 people work in the park.[2][citation needed]", "Some 61,000", "people", "people", ""), "other"},
		{figureIn("Some 61,000 people work there, including 24,000 researchers, 9,000 of whom hold doctorates.", "Some 61,000", "people", "people", ""), "other"},
		// A time measured as a statistic of a process of papers is theirs; a time beside them is not.
		{figureIn("The median time from preprint to journal publication was 140 days.", "140", "days", "days", ""), "coauthorship"},
		{figureIn("The median interval between posting and journal publication was 173 days.", "173", "days", "days", ""), "coauthorship"},
		{figureIn("The editors' review of the journal's papers took six months.", "six", "months", "months", ""), "other"},
		// A verb of change before the money it changes: the percentage is the budget's.
		{figureIn("When the government cut its research and development budget by 12.9%, university labs lost their students.", "12.9%", "percent", "", ""), "other"},
		// Patents beside papers are neither papers nor training.
		{figureIn("She has published 210 papers, cited 9,000 times, and holds 18 patents.", "18", "count", "patents", ""), "other"},
		{figureIn("논문 130여 편을 냈고 특허 45건을 등록했다.", "45건", "count", "건", ""), "other"},
		// 국정원 ends like an enrolment quota (~정원) and is none.
		{figureIn("국정원은 북한이 최근 3년간 가상자산을 탈취했다고 밝혔다.", "3년간", "years", "년간", ""), "other"},
		// What "as many" or "as often" names after a multiple is what it multiplies.
		{figureIn("Papers from large grants were cited 1.4 times as often.", "1.4", "count", "times", ""), "coauthorship"},
		{figureIn("Some grants were worth thirty times as much as others.", "thirty", "count", "times", ""), "other"},
		// How long ago is when a comparison starts, not a time of training or of papers.
		{figureIn("Enrolment reached 2,100, up from 1,400 five years earlier.", "five", "years", "years", ""), "other"},
		{figureIn("Ten years from now, a third of the colleges may have closed.", "Ten", "years", "years", ""), "other"},
		{figureIn("신입생 중도 탈락은 3년 전보다 34% 많았다.", "3년", "years", "년", ""), "other"},
		{figureIn("대학원 입학생은 8,200명으로 5년 전(7,100명)보다 늘었다.", "5년", "years", "년", ""), "other"},
		// So is the span a change is measured over.
		{figureIn("박사과정 입학생은 10년 새 두 배로 늘었다.", "10년", "years", "년", ""), "other"},
		{figureIn("석사과정 충원율은 3년 연속 하락했다.", "3년", "years", "년", ""), "other"},
		// A duration its subject is keeps the subject's words; one spent somewhere is that place's.
		{figureIn("The median time to degree was 5.4 years in science and engineering.", "5.4", "years", "years", ""), "graduates"},
		{figureIn("After two years in the army she completed a doctorate.", "two", "years", "years", ""), "other"},
		// So is how long after: a point in a story, not a time of training.
		{figureIn("The professor moved to a university six years later.", "six", "years", "years", ""), "other"},
		{figureIn("졸업 2년 후 대학원에 진학했다.", "2년", "years", "년", ""), "other"},
		// A Korean clause that opens with 이는 is about the clause before it.
		{figureIn("자연계열 신입생 1,343명이 학교를 그만뒀으며, 이는 3년 전보다 34% 많은 수치다.", "34%", "percent", "", ""), "graduates"},
		{figureIn("떠난 박사 가운데 미국으로 간 비율이 62.3%로 가장 높았고, 중국(8.1%), 일본(6.7%)이 뒤를 이었다.", "6.7%", "percent", "", ""), "graduates"},
		{extract.Figure{Unit: "percent", Text: "12%", Sentence: "이는 5년 전보다 12% 늘어난 수준이다.", Context: "지난해 대학에서 배출된 석사는 1,150여 명, 박사는 약 310명이었다."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "30%", Sentence: "이는 기존 계획보다 30% 늘어난 규모다.", Context: "정부는 인재 양성에 5년간 1조 원을 투입한다."}, "other"},
		{extract.Figure{Unit: "people", Text: "40%", Counted: "재수생", Sentence: "재수생 비율은 40%였다."}, "graduates"},
		// Research integrity is a matter of papers: retractions, plagiarism, duplicate publication.
		{extract.Figure{Unit: "count", Text: "40", Counted: "notices", Sentence: "Journals issued 40 retraction notices."}, "coauthorship"},
		{extract.Figure{Unit: "count", Text: "12", Counted: "cases of plagiarism", Sentence: "The panel upheld 12 cases of plagiarism."}, "coauthorship"},
		// A percentage after a verb of change measures its subject: money, whatever it pays for.
		{figureIn("Their grant income fell by 47%.", "47%", "percent", "", ""), "other"},
		{figureIn("The share of co-authored papers fell by 12%.", "12%", "percent", "", ""), "coauthorship"},
		{figureIn("The share of joint papers in chemistry was under 3%.", "under 3%", "percent", "", ""), "coauthorship"},
		{figureIn("The classifier is a model trained on 2 million images.", "2 million", "count", "images", ""), "other"},
		{figureIn("The ministry trained 2 million pupils.", "2 million", "people", "pupils", ""), "graduates"},
		{figureIn("Grants to women were about 20% smaller.", "about 20%", "percent", "", ""), "other"},
		{figureIn("Funding per co-author averaged $210k, up 12% year on year.", "12%", "percent", "", ""), "other"},
		{figureIn("Co-authored papers acknowledging a government grant made up 71% of the sample.", "71%", "percent", "sample", ""), "coauthorship"},
		{figureIn("Of the total, KRW 3.5 trillion (11.8%) will go to training.", "11.8%", "percent", "", ""), "other"},
		{figureIn("The top universities took two-thirds of funds for training.", "two-thirds", "percent", "funds", ""), "other"},
		{figureIn("The plan aims to cultivate 3,000 cybersecurity professionals by 2027.", "3,000", "people", "cybersecurity professionals", ""), "graduates"},
		{figureIn("The government will foster 10,000 software talents.", "10,000", "people", "software talents", ""), "graduates"},
		{figureIn("Companies will upskill 20,000 workers.", "20,000", "people", "workers", ""), "graduates"},
		{figureIn("Universities will add places, and the state will pay up to 80% of the cost of new teaching labs.", "up to 80%", "percent", "cost of new teaching labs", "chip talent"), "other"},
		{figureIn("It will raise stipends for 8,000 doctoral students to 1.1 million won, a 15% increase.", "15%", "percent", "increase", ""), "other"},
		{figureIn("It will raise stipends to 1.2 million Swiss francs, a 15% increase, for students.", "15%", "percent", "increase", ""), "other"},
		{figureIn("It will enrol 8,000 doctoral students, a 15% increase.", "15%", "percent", "increase", ""), "graduates"},
		{figureIn("공동연구 예산은 2배 가까이 늘어 한 해 평균 1천 건의 공동연구 과제를 지원한다.", "2배 가까이", "count", "배 예산", ""), "other"},
		{figureIn("It gave 3.2 trillion won (40%) to training and $5m (12%) to schools.", "40%", "percent", "", ""), "other"},
		{figureIn("It trained 300 students (20%) in 2020.", "20%", "percent", "", ""), "graduates"},
		{figureIn("(40%) went to training.", "40%", "percent", "", ""), "graduates"},
		{figureIn("Grants to co-authors, at $2.1m, rose 12% in 2020.", "12%", "percent", "", ""), "other"},
		{figureIn("Papers with a foreign co-author made up 38% of the total.", "38%", "percent", "", ""), "coauthorship"},
		{figureIn("The state budget for education, published as a share of total expenditure, stood at 7.6% in 2023.", "7.6%", "percent", "", ""), "other"},
		{figureIn("Scientific cooperation grew: the ministry approved 40 visits in 2005.", "40", "count", "visits", ""), "coauthorship"},
		// Those who teach are counted with those they teach; the cost of a teaching building is not.
		{extract.Figure{Unit: "people", Text: "35", Counted: "visiting lecturers", Sentence: "The faculty hosted 35 visiting lecturers in 2021."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "12", Counted: "instructors from Sweden", Sentence: "Twelve instructors from Sweden taught welding."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "60%", Counted: "the cost of new teaching laboratories", Sentence: "The city pays 60% of the cost of new teaching laboratories."}, "other"},
		{extract.Figure{Unit: "count", Text: "7개의", Counted: "개 공장", Sentence: "이 대학은 학생 실습을 위해 7개의 공장을 운영한다."}, "other"},
		{extract.Figure{Unit: "count", Text: "30곳에", Counted: "곳", Sentence: "정부는 대학 30곳에 교육 과정을 열었다."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "5개의", Counted: "개 단과대학", Sentence: "이 대학에는 5개의 단과대학이 있다."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "2만 명을", Counted: "명", Sentence: "정부는 5년 동안 전문 인력 2만 명을 길러낸다."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "500명", Counted: "명", Sentence: "연구소는 해마다 석·박사 500명을 뽑는다."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "20시간 이상", Counted: "hours", Sentence: "학생은 20시간 이상 교육을 받는다."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "300", Counted: "teachers/doctorates", Sentence: "It hired 300 teachers/doctorates."}, "graduates"},
		// A Korean figure takes the votes of its own clause; English keeps the sentence's.
		{extract.Figure{Unit: "people", Text: "1,100여 명이며", Counted: "명", Sentence: "직원은 1,100여 명이며, 그중 석사 학위 소지자가 400명이다."}, "other"},
		{extract.Figure{Unit: "people", Text: "400명이다", Counted: "명", Sentence: "직원은 1,100여 명이며, 그중 석사 학위 소지자가 400명이다."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "85", Sentence: "Of the co-authored papers, most came from Seoul (85)."}, "coauthorship"},
		{extract.Figure{Unit: "people", Text: "800명이", Counted: "명", Sentence: "올해 유학생 800명이 들어왔다."}, "graduates"},
		{figureIn("The college admitted 870 freshmen this spring.", "870", "people", "freshmen", ""), "graduates"},
		// A Korean clause with no domain word but a topic of its own goes on with the clauses
		// before it; an item of a list keeps its own.
		{extract.Figure{Unit: "people", Text: "약 6만 명이다", Counted: "명", Sentence: "대학원생 장려금은 석사 월 80만 원으로 정해졌으며, 지원 대상은 약 6만 명이다."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "12명", Counted: "명", Sentence: "이 대학에는 3,000여명의 교원, 과학원 원사 5명, 후보원사 12명이 있다."}, "other"},
		// The period an amount of money is spent over is the plan's, not the training's.
		{extract.Figure{Unit: "years", Text: "five", Counted: "years", Sentence: "The ministry will spend 1.2 trillion won ($880 million) over the next five years to train chip engineers.", InSentence: document.Span{Start: 70, End: 74}}, "other"},
		{extract.Figure{Unit: "years", Text: "five", Counted: "years", Sentence: "Universities will train engineers for five years.", InSentence: document.Span{Start: 38, End: 42}}, "graduates"},
		// The time frame a statement is made over is when, not how long training takes; how
		// soon an outcome came ("within") is the outcome's.
		{figureIn("The bootcamps will retrain 100,000 workers over four years.", "four", "years", "years", ""), "other"},
		{figureIn("Universities trained 3,200 designers in the past five years.", "five", "years", "years", ""), "other"},
		{figureIn("Of the graduates, 63% found jobs within two years of graduation.", "two", "years", "years", ""), "graduates"},
		{figureIn("The course trains engineers for six months.", "six", "months", "months", ""), "graduates"},
		// Korean sets the frame with a word before it alone.
		{figureIn("교육부는 향후 4년간 교원 연수에 2천억 원을 쓴다.", "4년간", "years", "년간", ""), "other"},
		{figureIn("최근 6년간 석사 과정을 마친 학생은 크게 늘었다.", "6년간", "years", "년간", ""), "other"},
		{figureIn("석사 과정은 2년간 진행된다.", "2년간", "years", "년간", ""), "graduates"},
		// A career's time is no training's, whatever department it was spent in; the time a
		// degree took is, though a university names the place.
		{figureIn("그는 물리학과 교수로 부임해 28년간 재직했다.", "28년간", "years", "년간", ""), "other"},
		{figureIn("그는 도쿄대학교에서 5년 만에 박사 학위를 받았다.", "5년", "years", "년", ""), "graduates"},
		// Places in a ranking are no venues of the training around them.
		{extract.Figure{Unit: "count", Text: "five", Counted: "places", Sentence: "University students took three of the top five places at the contest."}, "other"},
		{extract.Figure{Unit: "count", Text: "four", Counted: "locations", Sentence: "The university trains students at four locations."}, "graduates"},
		{figureIn("Colleges filled 62% of their freshman places, with 412 seats left empty.", "412", "count", "seats", ""), "graduates"},
		{figureIn("Students paid for a 600-seat lecture hall.", "600-seat", "count", "seats", ""), "other"},
		{figureIn("Administrative staff: 1,105", "1,105", "people", "Administrative staff", ""), "graduates"},
		// An item of a list that 등 closes is a part of what the closing clause names.
		{extract.Figure{Unit: "people", Text: "4만 명", Counted: "명", Sentence: "정부는 학사 4만 명, 석·박사 2만 명 등 AI 인재 6만 명을 키운다."}, "graduates"},
		{extract.Figure{Unit: "count", Text: "20곳", Counted: "곳", Sentence: "협회는 기업 20곳, 연구소 8곳 등을 조사했다."}, "other"},
		{extract.Figure{Unit: "people", Text: "150명", Counted: "명", Sentence: "대학원 졸업생은 1,250명으로, 전년의 1,100명보다 150명 많았다."}, "graduates"},
		{extract.Figure{Unit: "people", Text: "1.3명", Counted: "명", Sentence: "논문당 공저자 수는 평균 5.2명으로, 10년 전보다 1.3명 늘었다."}, "coauthorship"},
		{extract.Figure{Unit: "people", Text: "1,100여 명이며", Counted: "명", Sentence: "대학 직원은 1,100여 명이며, 그중 석사 학위 소지자가 400명이다."}, "other"},
		// A Korean clause about a part of the one before takes the whole sentence's votes.
		{extract.Figure{Unit: "people", Text: "900명을", Counted: "명", Sentence: "올해 신입생 모집 인원은 4,000명으로, 이 가운데 900명을 채우지 못했다."}, "graduates"},
		// A lead that names its source ("설문조사 결과,") opens no clause: the population it
		// surveyed speaks for the share after it.
		{extract.Figure{Unit: "percent", Text: "31.5%", Sentence: "연구원이 박사학위 취득자 1,842명을 대상으로 실시한 설문조사 결과, 응답자의 31.5%가 해외로 나갈 계획이 있다고 답했다."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "12%", Sentence: "박사학위 취득자가 늘었으나, 응답 기업의 12%가 채용 계획이 없다고 답했다."}, "other"},
		{extract.Figure{Unit: "people", Text: "361명은", Counted: "명", Sentence: "늘어나는 정원의 82%인 1,639명은 비수도권 대학에, 나머지 18%인 361명은 경인 지역 대학에 배정됐다.",
			InSentence: span("늘어나는 정원의 82%인 1,639명은 비수도권 대학에, 나머지 18%인 361명은 경인 지역 대학에 배정됐다.", "361명은")}, "graduates"},
		// A keyword counts after an opening quote.
		{extract.Figure{Unit: "people", Text: "40", Counted: "", Sentence: `He said "students numbered 40" then.`}, "graduates"},
		{extract.Figure{Unit: "count", Text: "13개", Counted: "개 학과", Sentence: "현재 13개 학과가 있다."}, "graduates"},
		{figureIn("교수진: 2,100명", "2,100명", "people", "명", ""), "graduates"},
		// In a sentence, an applicant is a student's only beside another word of training:
		// grants have them too.
		{figureIn("The scheme funded 1,200 projects of its applicants in 2022.", "1,200", "projects", "projects", ""), "other"},
		{figureIn("The college turned away 3,100 of its 4,000 applicants.", "3,100", "people", "applicants", ""), "graduates"},
		{figureIn("The college received 9,100 applications for 800 freshman places.", "9,100", "count", "applications", ""), "graduates"},
		{figureIn("The lab received 9,100 applications for its cloud service.", "9,100", "count", "applications", ""), "other"},
		{figureIn("Universities filed 9,100 patent applications.", "9,100", "count", "patent applications", ""), "other"},
		{figureIn("전체 대졸자 평균(64.6%)보다 13.8%p 높았다.", "64.6%", "percent", "", ""), "graduates"},
		// A rate column of a table of money is a change of money.
		{extract.Figure{Unit: "percent", Text: "19.3", Counted: "증감률(%)", Column: true, Sentence: "| SW 중심대학 | 880 | 1,050 | 19.3 |",
			InSentence: span("| SW 중심대학 | 880 | 1,050 | 19.3 |", "19.3"), Heading: "2025년 SW 인재 양성 예산"}, "other"},
		// Not a column that names what its shares are of.
		{extract.Figure{Unit: "percent", Text: "47.9", Counted: "Share of papers (%)", Column: true, Sentence: "| National | 40 | 1,204.6 | 38,410 | 47.9 |",
			InSentence: span("| National | 40 | 1,204.6 | 38,410 | 47.9 |", "47.9"), Heading: "Table 2. Funding and output by university type (2022)"}, "coauthorship"},
		// A heading that joins two subjects does not decide alone; one subject does.
		{figureIn("He left after two years of military service.", "two", "years", "years", "Early life and education"), "other"},
		{figureIn("It takes two years.", "two", "years", "years", "Education"), "graduates"},
		// A share of money measures the budget or the economy, whatever it buys.
		{figureIn("Education expenditures: 4.7% of GDP (2019)", "4.7%", "percent", "", "Education expenditures"), "other"},
		{figureIn("The state gives schools about 8 percent of total spending.", "about 8 percent", "percent", "", ""), "other"},
		{figureIn("About 40% of the students are women.", "About 40%", "percent", "students", ""), "graduates"},
		{figureIn("교육 예산 가운데 약 40퍼센트는 교사 연수에, 나머지 60%는 학교 시설에 쓰인다.", "60%", "percent", "", ""), "other"},
		{figureIn("졸업생 가운데 60%는 대학원에 진학했다.", "60%", "percent", "", ""), "graduates"},
		// a count of universities by the short form of their kind
		{extract.Figure{Unit: "count", Text: "9곳", Counted: "곳 국립대", Sentence: "지방 국립대 9곳의 연구비는 모두 합쳐 8,900억 원이었다."}, "graduates"},
		// an employment rate, as Korean education statistics report it, is its graduates'
		{figureIn("| 취업률(%) | 71.2 | 74.5 |", "71.2", "percent", "", ""), "graduates"},
		// Parts of an organisation take their sentence's category.
		{figureIn("It opened with seven faculties, 24 departments and 1,500 students.", "24", "count", "departments", ""), "graduates"},
		{figureIn("The ministry has 5 departments.", "5", "count", "departments", ""), "other"},
		// A multiple or a bare counter names no things: the sentence decides.
		{figureIn("신입생 정원이 두 배로 늘었다.", "두 배로", "count", "배", ""), "graduates"},
		{figureIn("Student enrolment doubled in a decade.", "doubled", "count", "times", ""), "graduates"},
		{figureIn("The budget for co-authored research with US universities doubled.", "doubled", "count", "times", ""), "other"},
		{figureIn("국제 공동연구 예산은 올해의 두 배로 늘었다.", "두 배로", "count", "배", ""), "other"},
		{figureIn("Co-authored papers with US universities doubled.", "doubled", "count", "times", ""), "coauthorship"},
		{figureIn("Median team size grew fourfold, from 2 authors in 1980 to 8 in 2020.", "fourfold", "count", "times", ""), "coauthorship"},
		{figureIn("Exports grew fourfold in a decade.", "fourfold", "count", "times", ""), "other"},
		{figureIn("학생을 200여 곳에서 뽑았다.", "200여 곳에서", "count", "곳", ""), "graduates"},
		{figureIn("The country had 78 institutions of higher education.", "78", "count", "institutions", ""), "graduates"},
		// A duration is the time of what stands beside it, not of the training elsewhere in
		// its sentence; a hyphenated one's next words only add.
		{figureIn("After two years at a state laboratory she completed a doctorate at a university.", "two", "years", "years", ""), "other"},
		{figureIn("Over a career of nearly three decades she supervised 37 doctoral students.", "nearly three", "years", "years", ""), "other"},
		{figureIn("He studied for four years at a technical college before graduating.", "four", "years", "years", ""), "graduates"},
		// A duration in a lead phrase of time is the lead's.
		{figureIn("After three years as a research fellow in Canada, she joined a faculty of 40 at a university.", "three", "years", "years", ""), "other"},
		{figureIn("After three years of training, most trainees found jobs at the university.", "three", "years", "years", ""), "graduates"},
		{figureIn("Students need six years in medical school to graduate.", "six", "years", "years", ""), "graduates"},
		// A country after "in" says where the time was spent, not what it was of.
		{figureIn("Most trainees spent between three and five weeks in Germany to graduate.", "between three and five", "days", "weeks", ""), "graduates"},
		{figureIn("Most trainees spent between three and five weeks in the Netherlands to graduate.", "between three and five", "days", "weeks", ""), "graduates"},
		{figureIn("He served five years in the army before he could graduate.", "five", "years", "years", ""), "other"},
		{figureIn("The schools offer four-year primary and six-year secondary education to pupils.", "four-year", "years", "years", ""), "graduates"},
		{figureIn("그는 군에서 3년간 복무한 뒤 대학에 복학하여 졸업하였다.", "3년간", "years", "년간", ""), "other"},
		{figureIn("연수 교육 기간은 3개월에서 6개월로 늘었다.", "6개월로", "months", "개월", ""), "graduates"},
		{figureIn("김 교수는 지난 10년간 논문 120여 편을 발표했다.", "10년간", "years", "년간", ""), "other"},
		// A Korean clause closes at a verb's connective ending too, comma or none.
		{figureIn("이 대학은 42개 연구소를 운영하며 해마다 논문 3,000편을 낸다.", "42개", "count", "개 연구소", ""), "other"},
		{figureIn("이 대학은 42개 연구소를 운영하며 해마다 논문 3,000편을 낸다.", "3,000편을", "papers", "편", ""), "coauthorship"},
		{figureIn("정부는 반도체 인재 양성에 5년간 4,500억 원을 투입한다.", "5년간", "years", "년간", ""), "graduates"},
		// A change of an amount of money is measured as a share of it is.
		{figureIn("About 200 students protested a 4.5% rise in dormitory fees.", "4.5%", "percent", "", ""), "other"},
		{figureIn("Teachers got 5% of the research budget.", "5%", "percent", "", ""), "other"},
		{figureIn("The ministry announced a ₩1.1 trillion package to train AI specialists, 14% more than last year.", "14%", "percent", "", ""), "other"},
		{figureIn("The ministry will train 3,000 AI specialists, 14% more than last year.", "14%", "percent", "", ""), "graduates"},

		{figureIn("A 10% rise in enrolment filled the new student dormitories.", "10%", "percent", "", ""), "graduates"},
		// An age bracket defines a population, whatever is said about it.
		{figureIn("Literacy: people aged 15 and over who can read: 98%", "15 and over", "years", "age", "Literacy"), "other"},
		// A share in brackets after a count takes the sentences before it, as the count does.
		{extract.Figure{Unit: "percent", Text: "39.6%", Sentence: "이 가운데 742명(39.6%)이 해외로 떠났다.", InSentence: span("이 가운데 742명(39.6%)이 해외로 떠났다.", "39.6%"),
			Context: "AI 대학원 졸업생은 모두 1,874명이었다. 졸업생 교육이 늘었다."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "3.2%", Sentence: "수출은 3.2% 늘었다.", InSentence: span("수출은 3.2% 늘었다.", "3.2%"),
			Context: "AI 대학원 졸업생은 모두 1,874명이었다. 졸업생 교육이 늘었다."}, "other"},
		// A sentence that opens with 이들 (these) measures what the sentences before counted.
		{extract.Figure{Unit: "percent", Text: "61%", Sentence: "이들 두 나라 출신이 전체의 61%를 차지한다.", InSentence: span("이들 두 나라 출신이 전체의 61%를 차지한다.", "61%"),
			Context: "국적별로는 베트남 유학생이 3만 명으로 가장 많았고 중국이 2만 명이었다. 대학 졸업생 교육."}, "graduates"},
		// A relative clause about a part of the figure says nothing of the whole.
		{figureIn("About 76,000 people worked there, including 34,700 researchers, of whom 11,200 held a doctorate.", "About 76,000", "people", "people", ""), "other"},
		{figureIn("About 76,000 people worked there, including 34,700 researchers, of whom 11,200 held a doctorate.", "34,700", "people", "researchers", ""), "other"},
		{figureIn("About 76,000 people worked there, including 34,700 researchers, of whom 11,200 held a doctorate.", "11,200", "people", "", ""), "graduates"},
		// Workers a sector will need, or lacks, are a demand for a workforce; those it will
		// train are training's.
		{figureIn("Chipmakers face a shortage of some 3,000 engineers a year, and universities train 1,000 graduates.", "some 3,000", "people", "engineers", ""), "other"},
		{figureIn("The industry will need about 127,000 new workers, while universities turn out 5,700 graduates.", "about 127,000", "people", "new workers", ""), "other"},
		{figureIn("We need to train more than 150,000 chip engineers at universities.", "more than 150,000", "people", "chip engineers", ""), "graduates"},
		{figureIn("The training center employs an estimated 1,000 to 1,500 staff.", "1,000 to 1,500", "people", "staff", ""), "other"},
		{figureIn("The survey reached 2,100 engineers, more than 400 of them holding a doctorate.", "2,100", "people", "engineers", ""), "other"},
		{figureIn("The plan aims to produce 150,000 specialists, including 23,000 with doctoral degrees.", "150,000", "people", "specialists", ""), "graduates"},
		// A library's journals are read there, not written: its holdings are no bibliometrics.
		{figureIn("The library holds about 90,000 volumes and subscribes to 8,000 electronic journals.", "about 90,000", "count", "volumes", ""), "other"},
		{figureIn("The library holds about 90,000 volumes and subscribes to 8,000 electronic journals.", "8,000", "count", "electronic journals", ""), "other"},
		{figureIn("Its researchers published 640 papers in 212 journals.", "212", "count", "journals", ""), "coauthorship"},
		// People named by their age are a population, whatever the schools around them.
		{figureIn("The number of 18-year-olds entering universities fell to 430,000.", "430,000", "people", "18-year-olds", ""), "other"},
		{figureIn("Nearly 70% of 25–34-year-olds hold a tertiary degree.", "Nearly 70%", "percent", "25–34-year-olds", ""), "graduates"},
		// A share of the money named before, by a pronoun, measures the money.
		{figureIn("The ministry set aside 3.2 billion won for academic exchanges, but spent less than a tenth of it.", "less than a tenth", "percent", "", ""), "other"},
		// A share of what the sentence before counted, by "of that", is of its count.
		{withContext(figureIn("The current pipeline produces barely half of that.", "barely half", "percent", "", ""), "We need to train more than 150,000 chip experts over the next 10 years."), "graduates"},
		{withContext(figureIn("Exports of software reached $1.3bn, some 0.2% of the total.", "some 0.2%", "percent", "", ""), "The school trains 300 engineers a year."), "other"},
		// Doctors in residency are a hospital's workforce.
		{figureIn("A walkout by some 12,000 trainee doctors continued.", "some 12,000", "people", "trainee doctors", ""), "other"},
		{figureIn("The ministry funds 3,000 trainees a year.", "3,000", "people", "trainees", ""), "graduates"},
		// People who cite a reason cite no paper; papers cited are.
		{figureIn("Respondents cited pay (61%) and research autonomy (47%).", "61%", "percent", "", ""), "other"},
		{figureIn("Papers with a foreign co-author were cited by 61% more articles.", "61%", "percent", "", ""), "coauthorship"},
		// A change listed with others before its verb, after a clause about money that ends
		// with 으로, changes that money.
		{figureIn("월평균 인건비는 석사과정 98만 원, 박사과정 162만 원으로, 3년 전보다 각각 12%, 9% 늘었다.", "12%", "percent", "", ""), "other"},
		{figureIn("월평균 인건비는 석사과정 98만 원, 박사과정 162만 원으로, 3년 전보다 각각 12%, 9% 늘었다.", "9%", "percent", "", ""), "other"},
		// A doctor's residency is training.
		{figureIn("1년 차 레지던트는 모집 인원 3,356명 가운데 140여 명만 지원했다.", "140여 명", "people", "명", ""), "graduates"},
		{figureIn("전국 211개 수련병원에 공문을 보냈다.", "211개", "count", "개 수련병원", ""), "graduates"},
		// A subordinate clause with a subject of its own says its own figures.
		{figureIn("The academy aims to train 2,400 engineers by 2030, as the industry faces a shortfall of 54,000 workers.", "54,000", "people", "workers", ""), "other"},
		{figureIn("The academy aims to train 2,400 engineers by 2030, as the industry faces a shortfall of 54,000 workers.", "2,400", "people", "engineers", ""), "graduates"},
		// ", and the" or ", but its" opens a clause with a subject of its own
		{figureIn("About 2,300 employees are engineers, and the company's lab has published 400 papers with co-authors.", "About 2,300", "people", "employees", ""), "other"},
		{figureIn("About 2,300 employees are engineers, and the company's lab has published 400 papers with co-authors.", "400", "papers", "papers", ""), "coauthorship"},
		// People that a verb of outputverbs.txt counts are what training turns out.
		{figureIn("The plan aims to produce 90,000 battery specialists by 2030.", "90,000", "people", "battery specialists", ""), "graduates"},
		{figureIn("The mill will produce 20,000 tonnes of fibre a year.", "20,000", "count", "tonnes", ""), "other"},
		// A multiple set after an amount multiplies the amount.
		{figureIn("Tuition at the academies averaged 812,000 won a term, almost three times the level of 2010.", "almost three times", "count", "times", ""), "other"},
		{figureIn("There were 1,200 hagwons teaching coding in 2024.", "1,200", "count", "hagwons", ""), "graduates"},
		{figureIn("A survey put the shortage at 4,200 software workers by 2026, while fewer than 900 students a year finish degrees in the field.", "4,200", "people", "software workers", ""), "other"},
		{figureIn("A survey put the shortage at 4,200 software workers by 2026, while fewer than 900 students a year finish degrees in the field.", "fewer than 900", "people", "students", ""), "graduates"},
		{figureIn("Applications to nursing schools fell 6.1% in 2024, while those to teacher colleges rose.", "6.1%", "percent", "applications", ""), "graduates"},
		{figureIn("Firms will need 52,000 more technicians by 2030, against some 3,000 new graduates a year.", "52,000", "people", "technicians", ""), "other"},
		{figureIn("The ministry is raising the research budget by 9.5% to 30 trillion won, and will fund 800 new fellowships for graduates.", "9.5%", "percent", "", ""), "other"},
		{figureIn("Firms will need 52,000 more technicians by 2030, against some 3,000 new graduates a year.", "some 3,000", "people", "new graduates", ""), "graduates"},
		// Taught courses are training; "of course" is not.
		{figureIn("The plant also runs evening courses for about 400 workers a year.", "about 400", "people", "workers", ""), "graduates"},
		{figureIn("Of course, about 400 workers left the plant.", "about 400", "people", "workers", ""), "other"},
		// A clause after a semicolon that names what its figure counts speaks for itself;
		// one that only measures what the clause before counted does not.
		{figureIn("The lab employs 90 engineers, most with a doctorate; about one engineer in four is a woman.", "about one engineer in four", "percent", "engineer", ""), "other"},
		{figureIn("About one engineer in four is a woman; 90 engineers hold a doctorate.", "90", "people", "engineers", ""), "graduates"},
		{figureIn("The team trained 300 doctoral students in physics; in chemistry, 2.5 times as many.", "2.5", "count", "times", ""), "graduates"},
		{figureIn("We used two sources: enrolment records of 40 doctoral programmes; surveys of 2,000 graduates.", "40", "count", "doctoral programmes", ""), "graduates"},
		// A share in a sentence that refers back takes the votes of the sentences before.
		{extract.Figure{Unit: "percent", Text: "about 70 percent", Sentence: "Of the total, about 70 percent studied science.",
			InSentence: document.Span{Start: 14, End: 30}, Context: "North Korea had 512,000 students in 2023."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "about 70 percent", Sentence: "Of the total, about 70 percent studied science for a talent-based economy.",
			InSentence: document.Span{Start: 14, End: 30}, Context: "North Korea had 512,000 students in 2023."}, "graduates"},
		{extract.Figure{Unit: "percent", Text: "about 70 percent", Sentence: "In all, about 70 percent studied science.",
			InSentence: document.Span{Start: 8, End: 24}, Context: "North Korea had 512,000 students in 2023."}, "other"},
		// A count of places with nothing decisive in its sentence takes the sentences before.
		{extract.Figure{Unit: "count", Text: "1,900", Counted: "places", Sentence: "They will add 1,900 places a year.",
			Context: "The ministry wants more graduates. Universities will enrol 5,000 more students."}, "graduates"},
		// "trains" in the present is training; a model that trains is not.
		{extract.Figure{Unit: "people", Counted: "nurses", Sentence: "The province trains about 900 nurses each year."}, "graduates"},
		{extract.Figure{Unit: "count", Counted: "GPUs", Sentence: "The model trains on 512 GPUs."}, "other"},
		{extract.Figure{Unit: "percent", Text: "27.5%", Sentence: "The share of multinational articles reached 27.5% in 2020.", InSentence: document.Span{Start: 44, End: 49}}, "coauthorship"},
		// A Korean share of an amount ("...만 원)의 36%") measures money, whoever earns it.
		{extract.Figure{Unit: "percent", Text: "36%", Sentence: "졸업생의 평균 연봉은 6,500만 원으로 미국 취업자(약 1억 8,000만 원)의 36% 수준이었다.", InSentence: document.Span{Start: 92, End: 95}}, "other"},
		// So does a share of money a modifier names: "등록금 수입의" (of tuition revenue).
		{extract.Figure{Unit: "percent", Text: "9% 남짓", Sentence: "대학 예산에서 등록금 수입의 비중은 9% 남짓이다.", InSentence: document.Span{Start: 50, End: 59}}, "other"},
		// A Korean share relative to money ("GDP 대비", "매출액 대비") measures the money, though its sentence speaks of papers.
		{extract.Figure{Unit: "percent", Text: "5.2%", Sentence: "우리나라 논문 연구개발 투자는 국내총생산(GDP) 대비 5.2%에 이르렀다.", InSentence: document.Span{Start: 71, End: 75}}, "other"},
		{extract.Figure{Unit: "percent", Text: "7.8%", Sentence: "논문 공동연구 기업의 연구개발비는 매출액 대비 7.8%였다.", InSentence: document.Span{Start: 66, End: 70}}, "other"},
		{extract.Figure{Unit: "projects", Counted: "joint scientific projects", Sentence: "The institutes ran 48 joint scientific projects."}, "coauthorship"},
		// A table's row label under a caption that breaks a count down ("by sector", "주체별")
		// is a value of the breakdown; a label that names the count decides it.
		{extract.Figure{Unit: "people", Counted: "대학", Column: true, RowLabel: true, Sentence: "| 대학 | 98,700 | 99,200 |", Heading: "<표 3> 연구 주체별 연구원 수"}, "other"},
		{extract.Figure{Unit: "people", Counted: "대학원생", Column: true, RowLabel: true, Sentence: "| 대학원생 | 98,700 | 99,200 |", Heading: "<표 3> 구분"}, "graduates"},
		// A Korean headline's parts about its ellipsis: "키운다" (raises) is training; the part
		// after the ellipsis goes on about the first's subject, a time aside.
		{extract.Figure{Unit: "people", Text: "2만 명", Counted: "명", Sentence: "정부, 반도체 인재 2만 명 키운다… 5년간 1조 원 투입", InSentence: document.Span{Start: 25, End: 33}}, "graduates"},
		{extract.Figure{Unit: "years", Text: "5년간", Counted: "년간", Sentence: "정부, 반도체 인재 2만 명 키운다… 5년간 1조 원 투입", InSentence: document.Span{Start: 47, End: 54}}, "other"},
		{extract.Figure{Unit: "count", Text: "두 배", Counted: "배", Sentence: "대학원 외국인 유학생 3만 명 돌파…10년 새 두 배", InSentence: document.Span{Start: 58, End: 65}}, "graduates"},
		// The whole of a partitive lead is what the lead says; the part is what the rest says.
		{extract.Figure{Unit: "projects", Text: "812", Counted: "funded projects", Sentence: "Of the 812 funded projects, 205 involved a co-investigator abroad.", InSentence: document.Span{Start: 7, End: 10}}, "other"},
		{extract.Figure{Unit: "projects", Text: "205", Sentence: "Of the 812 funded projects, 205 involved a co-investigator abroad.", InSentence: document.Span{Start: 28, End: 31}}, "coauthorship"},
		// A Korean breakdown ("지역별로는", by region) counts what the sentences before counted,
		// the whole and not a part of it that a partitive sentence singled out.
		{extract.Figure{Unit: "people", Text: "850명", Sentence: "지역별로는 서울이 850명으로 가장 많았다.", InSentence: document.Span{Start: 26, End: 32},
			Context: "올해 입학한 사람은 2,400명이다.\n"}, "graduates"},
		{extract.Figure{Unit: "people", Text: "850명", Sentence: "지역별로는 서울이 850명으로 가장 많았다.", InSentence: document.Span{Start: 26, End: 32},
			Context: "올해 해외로 나간 연구 인력은 2,400명이다. 이 가운데 박사 학위 소지자는 900명이었다.\n"}, "other"},
	}
	for _, tc := range tests {
		if got := Category(tc.fig, Topic{}, lex); string(got) != tc.want {
			t.Errorf("%q: category %s, want %s", tc.fig.Sentence, got, tc.want)
		}
	}
}

// figureIn returns the figure text of sentence, with its span.
// withContext returns f with the sentences before it.
func withContext(f extract.Figure, context string) extract.Figure {
	f.Context = context
	return f
}

func figureIn(sentence, text string, unit schemas.Unit, counted, heading string) extract.Figure {
	return extract.Figure{Unit: unit, Text: text, Counted: counted, Sentence: sentence, Heading: heading, InSentence: span(sentence, text)}
}

// TestVotesCompoundHeads checks that a Korean keyword marked as a compound's head counts at
// the end of a word, before its particle, and nowhere else inside one.
func TestVotesCompoundHeads(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		text string
		want tally
	}{
		{"단과대학에서", tally{graduates: 1}},
		{"대학생", tally{graduates: 4}},                      // 대학 at its start, 학생 its head
		{"박사학위논문을", tally{coauthorship: 3, graduates: 2}}, // 박사 at its start, 학위 inside: no; 논문 its head wins
		{"다양성", tally{}},                                  // 양성 is no head
		{"과학기술", tally{}},                                 // nor is 학기 in the middle
		{"대학로에서", tally{graduates: 1}},                    // 대학 at its start only
		{"주립대학교에서", tally{}},                              // a university's name: 학교 inside it is no keyword
		{"고등학교를", tally{graduates: 2}},                    // a school by its kind
		{"선도학교는", tally{graduates: 2}},                    // a school by its role
		{"석박사통합과정이", tally{graduates: 3}},                 // master's and doctoral in one word
		{"서울대학교는", tally{}},                               // a university's name: its longer head, 대학교, masks 학교
		{"AI대학원을", tally{graduates: 2}},                   // a head after Latin letters glued to it
		{"국정원은", tally{}},                                 // an intelligence service, no enrolment quota
		{"한강의 기적", tally{}},                               // a river's, no lecture
	}
	for _, tc := range tests {
		if got := votes(tc.text, 1, lex); got != tc.want {
			t.Errorf("votes(%q) = %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// TestCategoryInTopic checks that a document's topic decides what its own sentence leaves
// open, but neither money, nor durations, nor what the sentence decides.
func TestCategoryInTopic(t *testing.T) {
	lex := lexicon.Default()
	onPapers := Topic{Coauthorship: 0.6}
	onTraining := Topic{Graduates: 0.6}
	tests := []struct {
		fig   extract.Figure
		topic Topic
		want  string
	}{
		{extract.Figure{Unit: "count", Counted: "countries", Sentence: "Teams came from 38 countries."}, onPapers, "coauthorship"},
		{extract.Figure{Unit: "count", Counted: "countries", Sentence: "Teams came from 38 countries."}, Topic{}, "other"},
		{extract.Figure{Unit: "count", Counted: "countries", Sentence: "Teams came from 38 countries."}, Topic{Coauthorship: 0.2}, "other"},
		{extract.Figure{Unit: "years", Counted: "years", Sentence: "He was 32 years old."}, onPapers, "other"},
		{extract.Figure{Unit: "USD", Sentence: "The prize was $1,000."}, onPapers, "funding"},
		{extract.Figure{Unit: "people", Counted: "students", Sentence: "It admitted 40 students."}, onPapers, "graduates"},
		// A research article on training is about it throughout, its durations too; an
		// encyclopedia article on a university is not.
		{figureIn("Five years later, 31% held an academic post.", "31%", "percent", "", ""), Topic{Graduates: 0.6, Article: true}, "graduates"},
		{figureIn("We followed them for up to ten years after graduation.", "up to ten", "years", "years", ""), Topic{Graduates: 0.6, Article: true}, "graduates"},
		{figureIn("Five years later, 31% held an academic post.", "31%", "percent", "", ""), Topic{Graduates: 0.6}, "other"},
		// A statistic over durations measures the process they time, in an article on it;
		// a time the sentence's statistic of papers is counted in does not.
		{figureIn("Most were published within two years, a median of 196 days after posting.", "196", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Review took longer for women (median 41 against 35 days).", "41", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Review took longer for women (median 41 against 35 days).", "35", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Review took longer for men (median 52 vs. 47 days).", "47", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Each extra reviewer brought a 2.4-day rise in the time to a decision.", "2.4-day", "days", "rise", ""), onPapers, "coauthorship"},
		{figureIn("Three years in, the time to publication had not changed.", "Three years", "years", "years", ""), onPapers, "other"},
		{figureIn("Most appeared after a median of 140 days (interquartile range 90–230).", "90–230", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Review was fastest in ecology, at 61 days, and slowest in physics.", "61", "days", "days", ""), onPapers, "coauthorship"},
		{figureIn("Articles received a median of 9 citations in their first five years.", "five", "years", "years", ""), onPapers, "other"},
		// A statistic of the competition for grants is no statistic of papers, even in an
		// article on them.
		{figureIn("The success rate was 22.3% for men.", "22.3%", "percent", "", ""), onPapers, "other"},
		{figureIn("Women submitted 27.1% of all proposals.", "27.1%", "percent", "proposals", ""), onPapers, "other"},
		// A share of people who name a reason cites no paper.
		{figureIn("Of those who left, 58% cited pay and 31% cited workload.", "58%", "percent", "", ""), Topic{}, "other"},
		{figureIn("Officials have cited a figure closer to 2,000 engineers.", "2,000", "people", "engineers", ""), Topic{}, "other"},
		{figureIn("Women submitted 27.1% of all the work.", "27.1%", "percent", "work", ""), onPapers, "coauthorship"},
		// A workforce a company employs or hires is no statistic of training, under a heading
		// on training too; teaching staff and trainees it takes on are.
		{figureIn("The two firms together employ more than 90,000 people.", "more than 90,000", "people", "people", "Graduates leaving for jobs abroad"), onTraining, "other"},
		{figureIn("The three firms will hire a combined 6,000 engineers, though colleges train too few.", "6,000", "people", "engineers", "Graduates leaving for jobs abroad"), onTraining, "other"},
		{figureIn("Few companies with fewer than 20 employees paid for courses.", "fewer than 20", "people", "employees", "Graduates leaving for jobs abroad"), onTraining, "other"},
		{figureIn("Last year the chipmaker hired 2,400 engineers.", "2,400", "people", "engineers", "Training engineers"), onTraining, "other"},
		{figureIn("The lab once employed 12 graduate researchers.", "12", "people", "graduate researchers", "Training engineers"), onTraining, "graduates"},
		{figureIn("The partner universities employ 45 professors.", "45", "people", "professors", "Training engineers"), onTraining, "graduates"},
		// A share compared with a share of money is one too, even in an article on papers.
		{figureIn("It spent 4.9% of gross domestic product, against an OECD average of 2.7%.", "2.7%", "percent", "gross domestic product", ""), onPapers, "other"},
	}
	for _, tc := range tests {
		if got := Category(tc.fig, tc.topic, lex); string(got) != tc.want {
			t.Errorf("%q in %+v: category %s, want %s", tc.fig.Sentence, tc.topic, got, tc.want)
		}
	}
}

// TestDocumentTopic measures the topic of texts written for the test: an article on
// co-authorship, and a report on an IT industry that mentions papers and universities once.
func TestDocumentTopic(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		name, text, want string
	}{
		{"research article on co-authorship", "Methods\n\nWe counted the papers in the citation database. " +
			"Each paper lists its authors and their countries. Co-authored papers have authors from two countries or more. " +
			"The share of international co-authorship rose over the decade. Most preprints were later published in a journal. " +
			"Small countries rely on collaborators abroad.", "coauthorship"},
		{"report on an industry", "The country exports software to its neighbours. Its firms employ 5,000 programmers. " +
			"A few of them published papers with foreign co-authors. The state plans new factories. " +
			"Two universities teach computer science. Exports rose in 2020.", ""},
		{"school report", "The province opened 12 schools. Every school enrols students from the age of six. " +
			"Teachers are trained for two years. Graduates of the college find work in the cities. Literacy is universal.", "graduates"},
		{"research article whose title names its domain", "Patterns of participation in open peer review\n\nAbstract\n\n" +
			"We examined the reports that reviewers wrote for four journals over six years. " +
			"Reviewers came from many countries and most of them wrote a single report each. " +
			"Those in large countries wrote most of the reports, and those in small ones few.\n\nResults\n\n" +
			"The median report ran to several hundred words, and the longest to several thousand. " +
			"Reports written by teams were longer than those written alone by one person. " +
			"Women wrote fewer reports than men in every year of the period we studied. " +
			"Each report was published beside the article it was written about.", "coauthorship"},
		{"research article whose domain's words stand in its results alone", "A study of physics teams in one country\n\nAbstract\n\n" +
			"We followed the teams of a national laboratory over twenty years and counted their members each year. " +
			"Teams grew larger over the period, and the largest of them changed the most in the later years.\n\nResults\n\n" +
			"Co-authored papers made up most of the output, and their co-authors came from more countries each year. " +
			"The share of papers with a co-author abroad rose after 2005, when the laboratory joined two collaborations. " +
			"Citations of the co-authored papers were higher than those of papers by a single group.\n\nMethods\n\n" +
			"We took the lists of members from the annual reports of the laboratory for every year of the period. " +
			"Members who left and came back were counted once, at the date they first joined their team.", "coauthorship"},
		{"encyclopedia article with one section on joint papers", "Science in the republic\n\nThe republic has a national academy whose members meet in the capital every spring. " +
			"It also employs engineers in the factories and mines that it runs across the country.\n\nResearch institutes\n\n" +
			"The academy runs forty institutes in the capital and a dozen more in the provinces. " +
			"Each of the institutes has its own workshops, farms and housing for the families of its staff.\n\nInternational collaboration\n\n" +
			"Its researchers published papers with foreign co-authors in journals abroad after 2000. " +
			"Most of the joint papers list a co-author at a university in a neighbouring country. " +
			"The share of co-authored papers rose after 2010, when the academy signed agreements with two universities.\n\n" +
			"Annual budget\n\nThe state sets the budget of the academy every year in its spring session. " +
			"Spending on the institutes rose when the economy grew, and fell again in the years of the famine.", ""},
	}
	for _, tc := range tests {
		doc, err := document.NewDocument(tc.name, []byte(tc.text), lexicon.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := DocumentTopic(doc.View, lex).dominant(); string(got) != tc.want {
			t.Errorf("%s: topic %q (%+v), want %q", tc.name, got, DocumentTopic(doc.View, lex), tc.want)
		}
	}
}

// TestArticleParts checks that a document with an abstract and a part that reports a study
// is a research article, its headings on lines of their own between wrapped lines, and that
// one with an abstract alone is not.
func TestArticleParts(t *testing.T) {
	lex := lexicon.Default()
	body := "We followed 1,200 doctoral graduates of ten universities for five years after their degree.\n"
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"abstract and results", "A cohort study of doctoral careers\nAbstract\n" + body + "Results\n" + body, true},
		{"abstract and methods, blank lines", "Abstract\n\n" + body + "\nMethods\n\n" + body, true},
		{"abstract alone", "Abstract\n" + body + "Careers\n" + body, false},
		{"abstract and a short report's main text", "Abstract\n" + body + "Main text\n" + body, true},
	} {
		doc, err := document.NewDocument(tc.name, []byte(tc.text), lex)
		if err != nil {
			t.Fatal(err)
		}
		if got := DocumentTopic(doc.View, lex).Article; got != tc.want {
			t.Errorf("%s: article %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSectionTopic checks that a section which speaks of training and not of papers does
// not take the topic of an article on co-authorship, while a section that speaks of
// neither still does.
func TestSectionTopic(t *testing.T) {
	text := "Joint papers\n\n" +
		"We counted the papers in the citation database and the co-authors of each paper over the decade. " +
		"Each paper lists its authors and their countries, and most co-authored papers have two countries. " +
		"The share of international co-authorship rose, and most preprints were later published in a journal. " +
		"Citation counts of co-authored papers were higher than those of papers by a single author. " +
		"Journals in physics published the most co-authored papers, and journals in law the fewest. " +
		"Preprint servers hold a growing share of the papers that later appear in a journal.\n\n" +
		"Training\n\n" +
		"The academy trains its own students in a doctoral school attached to the main campus and the institutes. " +
		"About 700 doctoral students are enrolled there at any one time, most of them in physics. " +
		"Graduates of the school join the institutes as junior researchers after their examinations. " +
		"Its campus covers 45 hectares on the river, with its own farm, hostels and sports grounds.\n\n" +
		"Results\n\n" +
		"The team reached 38 countries by the end of the period covered in this article and the tables. " +
		"The number of countries grew every year over the period covered by the data described above. " +
		"The largest number came in the last year of the period, when new members joined from many places."
	wantCategories(t, text, map[string]string{"About 700": "graduates", "45": "other", "38": "coauthorship"})
}

// TestTitleOverSections checks that a section under the document's title hears the title at
// half its voice, its own section at its whole, and a survey's whole report at its whole.
func TestTitleOverSections(t *testing.T) {
	page := "Citation\n\nA citation is a reference to a published work, and a paper in the sciences cites some 40 others on average.\n\n" +
		"History\n\nThe practice spread in the years after the war. In 1950 a typical laboratory had 12 members, and a typical department 40.\n\n" +
		"Prizes\n\nThe society that studies the practice awards 3 prizes every year for the best work in the field of its members."
	wantCategories(t, page, map[string]string{"some 40": "coauthorship", "12": "other", "3": "other"})
	survey := "Survey of doctoral students\n\nThe survey asked doctoral students in the sciences and in medicine about their work and their pay.\n\n" +
		"Hours\n\nThe students worked long hours in the years of the survey. Some 40% said they worked more than 60 hours a week.\n\n" +
		"Prizes\n\nThe society that runs the survey awards prizes every year for the best work in the field of its members."
	wantCategories(t, survey, map[string]string{"Some 40%": "graduates"})
}

// TestHeadlineVotes checks that a news story's headline speaks for every figure of the story
// without deciding alone, where a page's short title keeps its voice.
func TestHeadlineVotes(t *testing.T) {
	wantCategories(t, "Budget cuts leave the country's labs scrambling for postdocs\n\n"+
		"A union survey of 1,860 members found that many of them were thinking of leaving science for good.",
		map[string]string{"1,860": "other"})
	wantCategories(t, "Schooling in the Republic\n\n"+
		"The system was extended from ten to eleven years in 1972, and again in 2012.",
		map[string]string{"ten": "graduates"})
	// A Korean headline is short but clipped and punctuated; a report's title of as many
	// words is a noun phrase and keeps its voice.
	wantCategories(t, "교육부, 연구중심대학 추가 지정\n\n"+
		"한편 올해 국내 바이오 벤처 수는 1,120개로 집계됐다.",
		map[string]string{"1,120개": "other"})
	wantCategories(t, "연구중심대학 육성 사업 결과\n\n"+
		"한편 올해 참여 인원은 1,120명으로 집계됐다.",
		map[string]string{"1,120명": "graduates"})
}

// TestShareOfAmountBefore checks that a share whose sentence refers back to an amount of
// money stated just before is the money's, whatever it buys, and that "Of this year's ..."
// refers back to nothing.
func TestShareOfAmountBefore(t *testing.T) {
	wantCategories(t, "Budget\n\nThe fund for training held ₩2 trillion in 2024. Of this, 40% went to schools.",
		map[string]string{"40%": "other"})
	wantCategories(t, "Graduates\n\nThe university had many graduates. Of this year's 1,000 graduates, 40% went on to study.",
		map[string]string{"40%": "graduates"})
}

// wantCategories checks the categories of the figures of text named in want (text →
// category), with the text's own topic.
func wantCategories(t *testing.T, text string, want map[string]string) {
	t.Helper()
	lex := lexicon.Default()
	doc, err := document.NewDocument("case", []byte(text), lex)
	if err != nil {
		t.Fatal(err)
	}
	topic := DocumentTopic(doc.View, lex)
	for _, f := range extract.Find(doc) {
		if w, ok := want[f.Text]; ok {
			if got := Category(f, topic, lex); string(got) != w {
				t.Errorf("%q: category %s, want %s", f.Text, got, w)
			}
			delete(want, f.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
}

// TestHasYear compares the word-at-a-time test with the plain byte loop it stands for, at
// every alignment and at the ends of the text.
func TestHasYear(t *testing.T) {
	plain := func(s string) bool {
		for i := 0; i+4 <= len(s); i++ {
			if yearAt(s, i) {
				return true
			}
		}
		return false
	}
	texts := []string{"", "199", "1995", "x1995", "In 2003a", "no digits here at all, none", "1799 and 2100",
		"ends with 20", "ends with 2021", "12345678", "99999999 1899", "é2019", "\xff\xff\xff\xff\xff\xff\xff\xff1850",
		"::::::::::::2000", "/////////2099", "09:18:1 1:80"}
	for _, text := range texts {
		for pad := 0; pad < 9; pad++ {
			s := strings.Repeat(" ", pad) + text
			if got, want := HasYear(s), plain(s); got != want {
				t.Errorf("HasYear(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestYearOutsideTheSchema checks that a figure whose sentence dates it before the schema's
// first year ("founded in 1885") keeps no year, instead of a year its row would be rejected
// for.
func TestYearOutsideTheSchema(t *testing.T) {
	lex := lexicon.Default()
	for _, tc := range []struct {
		sentence, fig string
		want          *int32
	}{
		{"Yonsei University, founded in 1885, enrolls 25,474 students.", "25,474", nil},
		{"In 1995 it enrolled 12,000 students.", "12,000", new(int32(1995))},
	} {
		f := figureIn(tc.sentence, tc.fig, "people", "students", "")
		rows := Normalize(&schemas.Source{SourceID: "case"}, []extract.Figure{f}, Topic{}, lex)
		if got := rows[0].Year; (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%q: year %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestColumnYear: a table cell takes its column's year over the year its row states (the
// row "| KAIST | 1971 | 11,264 |" under "Students (2022)").
func TestColumnYear(t *testing.T) {
	f := figureIn("| KAIST | 1971 | 11,264 |", "11,264", "people", "Students (2022)", "")
	f.Column, f.ColumnYear = true, 2022
	rows := Normalize(&schemas.Source{SourceID: "case"}, []extract.Figure{f}, Topic{}, lexicon.Default())
	if got := rows[0].Year; got == nil || *got != 2022 {
		t.Errorf("year %v, want 2022", got)
	}
}

// TestChangeAfterMoney: in a document about graduate students, "an increase of 12%" set after
// a clause about a budget, or "a gap of 39%" after an amount, is a change of money (other), and
// one set after a count of students keeps the document's topic.
func TestChangeAfterMoney(t *testing.T) {
	text := strings.Repeat("Graduate students at the universities say their doctoral programmes and stipends are at risk. ", 4) +
		"Its 2025 budget raises R&D to 29.7 trillion won, an increase of about 12% on the year, with stipends for doctoral students. " +
		"The universities enrolled 5,000 doctoral students, an increase of 8% on the year. " +
		"Doctoral students in physics received 1.8 million won, while those in mathematics received 1.1 million won, a gap of about 39%."
	wantCategories(t, text, map[string]string{"about 12%": "other", "8%": "graduates", "about 39%": "other"})
}

// TestSurveyTitle: under a title that names a survey of a population of the graduates
// domain, counts and shares of people that say nothing more of themselves are of it; under a
// title that names the domain without a survey, they are not. The last two cases differ only
// in the title's survey word, and show the rule's reach: a country's population, said in a
// section of its own, is taken for the survey's.
func TestSurveyTitle(t *testing.T) {
	wantCategories(t, "과학기술정보통신부 보도자료\n\n신규 박사학위 취득자 조사 결과\n\n응답자 중 취업자는 8,653명으로 취업률은 71.5%였다.\n",
		map[string]string{"8,653명": "graduates", "71.5%": "graduates"})
	wantCategories(t, "Survey of Doctorate Recipients\n\nOf the respondents, 8,653 had found jobs, 71.5% of the total.\n",
		map[string]string{"8,653": "graduates", "71.5%": "graduates"})
	wantCategories(t, "Higher education in Korea\n\nPopulation\n\nThe country has 51,600,000 people, and 71.5% live in cities.\n",
		map[string]string{"51,600,000": "other", "71.5%": "other"})
	wantCategories(t, "Survey of doctorate recipients\n\nPopulation\n\nThe country has 51,600,000 people, and 71.5% live in cities.\n",
		map[string]string{"51,600,000": "graduates", "71.5%": "graduates"})
}

// FuzzRows: whatever text a document holds, the rows of its figures are made without a
// panic (the category rules slice the sentence around each figure), each with a category.
func FuzzRows(f *testing.F) {
	for _, s := range []string{
		"The state budget for education, published as a share of total expenditure, stood at 7.6% in 2023.",
		"예산은 올해 2,140억 원에서 내년 3,000억 원 수준으로 40%가량 늘릴 계획이다.",
		"Grants to women were about 20% smaller, and 3 of 12 (25%) went abroad.",
		"이는 5년 전보다 12% 늘어난 수준이다. 국제 공동논문은 2만 6,489편으로 30.3%를 차지했다.",
	} {
		f.Add(s)
	}
	lex := lexicon.Default()
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := document.NewDocument("fuzz.txt", []byte(text), lex)
		if err != nil {
			return // not text: the reader's error, tested elsewhere
		}
		src := &schemas.Source{SourceID: "fuzz"}
		n := NewNormalizer(src, DocumentTopic(doc.View, lex), lex)
		for _, r := range n.Rows(nil, extract.Find(doc)) {
			if r.Category == "" {
				t.Fatalf("%q: figure %q without a category", text, r.Text)
			}
		}
	})
}

// TestVotesMasks checks that words which start or end like a keyword but are no form of it
// vote for nothing (categories.tsv's phrases marked other).
func TestVotesMasks(t *testing.T) {
	lex := lexicon.Default()
	for _, tc := range []struct {
		text string
		want tally
	}{
		{"It has diplomatic relations with 161 countries.", tally{}},
		{"The authorities detained 12 people.", tally{}},
		{"The reactor held plasma at 100 million degrees for 48 seconds.", tally{}},
		{"It was 35 degrees Celsius in the shade.", tally{}},
		{"The diploma was awarded to 12 people.", tally{graduates: 3}},
		{"The authors of 12 papers", tally{coauthorship: 2}},
	} {
		if got := votes(tc.text, 1, lex); got != tc.want {
			t.Errorf("votes(%q) = %+v, want %+v", tc.text, got, tc.want)
		}
	}
}
