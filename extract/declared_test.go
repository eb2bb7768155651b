package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

func TestDeclaredUnit(t *testing.T) {
	lex := lexicon.Default()
	for _, tc := range []struct {
		sentence string
		want     unitDeclaration
		ok       bool
	}{
		{"(Unit: KRW 100 million)", unitDeclaration{unit: "KRW", scale: 1e8}, true},
		{"Table 2. R&D budget by field, 2018–2020 (Unit: KRW 100 million)", unitDeclaration{unit: "KRW", scale: 1e8}, true},
		{"(단위: 억 원)", unitDeclaration{unit: "KRW", scale: 1e8}, true},
		{"< 2025년 SW 인재 양성 예산 (단위: 억 원) >", unitDeclaration{unit: "KRW", scale: 1e8}, true},
		{"[단위 : 백만원]", unitDeclaration{unit: "KRW", scale: 1e6}, true},
		{"(in millions of US dollars)", unitDeclaration{unit: "USD", scale: 1e6}, true},
		{"(in thousands)", unitDeclaration{scale: 1e3}, true},
		{"Unit: persons", unitDeclaration{unit: "people", scale: 1}, true},
		{"(단위: 명, %)", unitDeclaration{unit: "people", scale: 1, percent: true}, true},
		{"(unit: papers)", unitDeclaration{unit: "papers", scale: 1}, true},
		{"(Unit: invitations)", unitDeclaration{unit: "count", counted: "invitations", scale: 1, unknown: true}, true},
		{"Table 2-1. ICT graduates by level, 2021-2023 (persons)", unitDeclaration{unit: "people", scale: 1}, true},
		{"Table 1. Women's share of authorship positions (%), selected years", unitDeclaration{unit: "percent", scale: 1}, true},
		{"Table 4. Students (Seoul campus), 2020", unitDeclaration{}, false},
		{"Table 2. Articles by type of collaboration, 2005 and 2022", unitDeclaration{unit: "papers", counted: "Articles", scale: 1}, true},
		{"Table 4: Graduates, 2015–2020", unitDeclaration{unit: "people", counted: "Graduates", scale: 1}, true},
		{"Table 3. Doctoral graduates by field and destination, 2023", unitDeclaration{unit: "people", counted: "graduates", scale: 1}, true},
		{"Table 6. Research and development spending by sector", unitDeclaration{}, false},
		{"Table 5. Students per teacher, 2020", unitDeclaration{}, false},
		{"Table 1. Graduates by year 2001 1,200 graduates 2002 1,450 graduates", unitDeclaration{}, false},
		{"Table 6. Shares of papers by country", unitDeclaration{}, false},
		{"Tables 1 and 2 show graduates by year.", unitDeclaration{}, false},
		{"The budget grew (in 2019).", unitDeclaration{}, false},
		{"It opened a unit in Seoul (in Korea)", unitDeclaration{}, false},
		{"The unit: a new lab.", unitDeclaration{}, false},
	} {
		got, ok := declaredUnit(tc.sentence, lex)
		if ok != tc.ok || diffDeclaration(got, tc.want) != "" {
			t.Errorf("declaredUnit(%q) = %+v, %v; want %+v, %v", tc.sentence, got, ok, tc.want, tc.ok)
		}
	}
}

func diffDeclaration(a, b unitDeclaration) string {
	return cmp.Diff(a, b, cmp.AllowUnexported(unitDeclaration{}))
}

func TestRowUnit(t *testing.T) {
	lex := lexicon.Default()
	for _, tc := range []struct {
		row  string
		want unitDeclaration
		ok   bool
	}{
		{"취업률(%) 65.2 67.8 70.1", unitDeclaration{unit: "percent", scale: 1}, true},
		{"Exports (US$ million) 120 135", unitDeclaration{unit: "USD", scale: 1e6}, true},
		{"수출액(억 달러) 120 135", unitDeclaration{unit: "USD", scale: 1e8}, true},
		{"R&D (% of GDP) 4.9 3.3", unitDeclaration{unit: "percent", scale: 1}, true},
		{"Graduates employed (per cent of total) 61 64", unitDeclaration{unit: "percent", scale: 1}, true},
		{"Seoul (capital) 120 135", unitDeclaration{}, false},
		{"Students (2022) 24,836 10,412", unitDeclaration{}, false},
		{"(Department of Programming, Computer Information Center) 1990 5 years 180", unitDeclaration{}, false},
		{"The rate (%) rose to 65.2 in 2020 from 61.0 in 2019, the ministry said in its report.", unitDeclaration{}, false},
	} {
		got, ok := rowUnit(tc.row, lex)
		if ok != tc.ok || ok && diffDeclaration(got, tc.want) != "" {
			t.Errorf("rowUnit(%q) = %+v, %v; want %+v, %v", tc.row, got, ok, tc.want, tc.ok)
		}
	}
}

// TestDeclaredUnitTables checks that a table's cells take the unit declared over it, until
// prose resumes, whether the table kept its markdown or lost its borders.
func TestDeclaredUnitTables(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"markdown, in 100 million won", "Budget by field\n(Unit: KRW 100 million)\n\n| Field | 2019 | 2020 |\n|---|---|---|\n| ICT | 13,210 | 15,800 |\n",
			[]want{{"13,210", "1.321e+12", "KRW", "exact", "ICT"}, {"15,800", "1.58e+12", "KRW", "exact", "ICT"}}},
		{"rows without borders, in persons and percent", "표 4. 연도별 졸업생\n(단위: 명, %)\n구분 2019 2020\n학부 1,250 1,310\n비율 33.9 34.9\n",
			[]want{{"1,250", "1250", "people", "exact", ""}, {"1,310", "1310", "people", "exact", ""}, {"33.9", "33.9", "percent", "exact", ""}, {"34.9", "34.9", "percent", "exact", ""}}},
		{"a sentence that ends like one ends the table", "(단위: 억 원)\n구분 2021 2022\n지원 310 352\n\n3. 대학 현황\n중심대학은 8곳에서 44곳으로 늘었다.\n",
			[]want{{"310", "3.1e+10", "KRW", "exact", ""}, {"352", "3.52e+10", "KRW", "exact", ""}, {"8곳", "8", "count", "exact", "곳 중심대학"}, {"44곳", "44", "count", "exact", "곳 중심대학"}}},
		{"a Korean row's first cell and a row's own unit", "구분 2019년 2020년\n졸업생 수 1,250 1,310\n취업률(%) 65.2 67.8\n",
			[]want{{"1,250", "1250", "count", "exact", ""}, {"1,310", "1310", "count", "exact", ""}, {"65.2", "65.2", "percent", "exact", ""}, {"67.8", "67.8", "percent", "exact", ""}}},
		{"a caption that ends with the unit, a row of rates, amounts that look like years", "<표 1> 연도별 수출 실적 (단위: 억 달러, %)\n구분 2021 2022\n수출 1,836 2,276\n증가율 -1.2 24.0\n",
			[]want{{"1,836", "1.836e+11", "USD", "exact", ""}, {"2,276", "2.276e+11", "USD", "exact", ""}, {"-1.2", "-1.2", "percent", "exact", ""}, {"24.0", "24", "percent", "exact", ""}}},
		{"an English caption's unit, a row of growth", "Table 3: Exports by year (Unit: US$ million, %)\nYear 2021 2022\nExports 1,836 2,276\nGrowth 12.5 24.0\n",
			[]want{{"1,836", "1.836e+09", "USD", "exact", ""}, {"2,276", "2.276e+09", "USD", "exact", ""}, {"12.5", "12.5", "percent", "exact", ""}, {"24.0", "24", "percent", "exact", ""}}},
		{"a header of many words keeps the caption's unit over rows of periods", "<표 1> 시기별 국제 공동연구 논문 수 (단위: 편, %)\n시기\t전체 논문\t공동연구 논문\t공동연구 논문 비율\n2000~2010\t214\t71\t33.2\n2011~2015\t398\t197\t49.5\n",
			[]want{{"214", "214", "papers", "exact", "전체 논문"}, {"71", "71", "papers", "exact", "공동연구 논문"}, {"33.2", "33.2", "percent", "exact", "공동연구 논문 비율"},
				{"398", "398", "papers", "exact", "전체 논문"}, {"197", "197", "papers", "exact", "공동연구 논문"}, {"49.5", "49.5", "percent", "exact", "공동연구 논문 비율"}}},
		{"a row of shares in a tab-separated table under a declaration of a count and percent", "<표 1> 연도별 논문 현황 (단위: 편, %)\n구분\t2010년\t2022년\n전체 논문\t18,420\t29,876\n비중\t24.6\t33.8\n",
			[]want{{"18,420", "18420", "papers", "exact", "전체 논문"}, {"29,876", "29876", "papers", "exact", "전체 논문"}, {"24.6", "24.6", "percent", "exact", "비중"}, {"33.8", "33.8", "percent", "exact", "비중"}}},
		{"a caption's unit in brackets before its end, over rows whose labels name people", "Table 1. Women's share of authorship positions (%), selected years\n\n| Position | 2000 | 2022 |\n|---|---:|---:|\n| First author | 17.5 | 33.1 |\n",
			[]want{{"17.5", "17.5", "percent", "exact", "First author"}, {"33.1", "33.1", "percent", "exact", "First author"}}},
		{"a column of differences under a unit alone", "표 2. 예산 (단위: 억 원)\n\n| 구분 | 2024년 | 2025년 | 증감 |\n|---|---:|---:|---:|\n| 다자녀 | 5,130 | 6,440 | 1,310 |\n",
			[]want{{"5,130", "5.13e+11", "KRW", "exact", "다자녀"}, {"6,440", "6.44e+11", "KRW", "exact", "다자녀"}, {"1,310", "1.31e+11", "KRW", "exact", "증감"}}},
		{"a column of rates under a unit and percent", "표 1. 사업별 예산 (단위: 억 원, %)\n\n| 사업 | 2024년 | 2025년 | 증감률 |\n|---|---:|---:|---:|\n| AI 대학원 | 310 | 380 | 22.6 |\n",
			[]want{{"310", "3.1e+10", "KRW", "exact", "AI 대학원"}, {"380", "3.8e+10", "KRW", "exact", "AI 대학원"}, {"22.6", "22.6", "percent", "exact", "증감률"}}},
		{"a column of ranks holds no figures", "Largest universities\n\nRank\tUniversity\tFounded\tStudents\n1\tKonkuk University\t1946\t26,812\n2\tKyung Hee University\t1885\t25,930\n",
			[]want{{"26,812", "26812", "people", "exact", "Students"}, {"25,930", "25930", "people", "exact", "Students"}}},
		{"a caption's first word names what its rows count", "Table 2. Articles by type of collaboration, 2005 and 2022\n\n| Type | 2005 | 2022 |\n|---|---|---|\n| Bilateral | 283 | 1,812 |\n\nCitations rose by 40% in that time.\n",
			[]want{{"283", "283", "papers", "exact", "Bilateral"}, {"1,812", "1812", "papers", "exact", "Bilateral"}, {"40%", "40", "percent", "exact", ""}}},
		{"a header's numbers name columns, a row's class of sizes is its label", "| Firm size | Firms | Spending (KRW 1,000) |\n|---|---|---|\n| 1–49 | 1,684 | 298 |\n| 300 or more | 472 | 1,270 |\n",
			[]want{{"1,684", "1684", "count", "exact", "Firms"}, {"298", "298000", "KRW", "exact", "Spending (KRW 1,000)"}, {"472", "472", "count", "exact", "Firms"}, {"1,270", "1.27e+06", "KRW", "exact", "Spending (KRW 1,000)"}}},
		{"an infobox's rows without a header: each label says what its value counts", "Daedeok\n\n| Companies | 2,144 (2022) |\n| Researchers | about 76,000 |\n| Staff (persons) | 640 |\n",
			[]want{{"2,144", "2144", "count", "exact", "Companies"}, {"about 76,000", "76000", "people", "approx", "Researchers"}, {"640", "640", "people", "exact", "Staff (persons)"}}},
		{"a rate's column keeps out of the scale a caption declares", "Table 1. Mobile subscriptions, 2009–2020 (thousands)\n\n| Year | Subscriptions | Per 100 people |\n|---|---|---|\n| 2012 | 1,700 | 6.9 |\n",
			[]want{{"1,700", "1.7e+06", "count", "exact", "Subscriptions"}, {"6.9", "6.9", "count", "exact", "Per 100 people"}}},
		{"a year in a column's brackets is no scale", "Universities\n\n| Name | Founded | Students (2022) |\n|---|---|---|\n| KAIST | 1971 | 11,264 |\n",
			[]want{{"11,264", "11264", "people", "exact", "Students (2022)"}}},
		{"a year beside a column's unit, thousands written '000, a scale's letter after a currency", "Budgets\n\n| Programme | Budget (2023, KRW billion) | Graduates ('000) | Value (USD m, 2021) | Height (m) |\n|---|---|---|---|---|\n| AI | 120 | 12.5 | 350 | 40 |\n",
			[]want{{"120", "1.2e+11", "KRW", "exact", "Budget (2023, KRW billion)"}, {"12.5", "12500", "people", "exact", "Graduates ('000)"}, {"350", "3.5e+08", "USD", "exact", "Value (USD m, 2021)"}, {"40", "40", "count", "exact", "Height (m)"}}},
		{"the next table's caption ends a declaration, and declares its own unit beside a year", "<표 3> 사업별 예산\n(단위: 억 원, 2023년 기준)\n구분 2022 2023\nAI 310 352\n\n<표 4> 졸업생 (2023년, 명)\n구분 학부 대학원\n공학 1,250 310\n",
			[]want{{"310", "3.1e+10", "KRW", "exact", ""}, {"352", "3.52e+10", "KRW", "exact", ""}, {"1,250", "1250", "people", "exact", ""}, {"310", "310", "people", "exact", ""}}},
		{"under a header that names no measure the row's label says what its cell counts, and in what unit", "Key figures\n\n| Indicator | Value | Year |\n|---|---|---|\n| Students in higher education | 526,000 | 2019 |\n| Enrolment rate (%) | 27 | 2018 |\n",
			[]want{{"526,000", "526000", "people", "exact", "Students in higher education"}, {"27", "27", "percent", "exact", "Enrolment rate"}}},
		{"under a summary's statistics the row's label says what its cells count, and in what unit", "Sample\n\n| Variable | Mean | Median | Max |\n|---|---|---|---|\n| Funding per grant (KRW million) | 84.2 | 45.0 | 3,100 |\n| Papers per faculty member | 1.31 | 1.12 | 4.87 |\n",
			[]want{{"84.2", "8.42e+07", "KRW", "exact", "Funding per grant"}, {"45.0", "4.5e+07", "KRW", "exact", "Funding per grant"}, {"3,100", "3.1e+09", "KRW", "exact", "Funding per grant"},
				{"1.31", "1.31", "papers", "exact", "Papers per faculty member"}, {"1.12", "1.12", "papers", "exact", "Papers per faculty member"}, {"4.87", "4.87", "papers", "exact", "Papers per faculty member"}}},
		{"under a header of rankings, a row's cells under years are places in an order", "Rankings\n\n| Ranking | 2022 | 2023 |\n|---|---|---|\n| QS World | 71 | 81 |\n\n| Indicator | 2022 |\n|---|---|\n| Students | 3,500 |\n",
			[]want{{"3,500", "3500", "people", "exact", "Students"}}},
		{"a Korean caption's head noun before its word of status names what the rows count, a rate's row aside", "<표 1> 연도별 국제공동연구 논문 현황\n\n구분\t2022년\t2023년\n전체\t71,530\t74,102\n비율\t30.6\t31.2\n",
			[]want{{"71,530", "71530", "papers", "exact", "전체"}, {"74,102", "74102", "papers", "exact", "전체"}, {"30.6", "30.6", "count", "exact", "비율"}, {"31.2", "31.2", "count", "exact", "비율"}}},
		{"prose after the table states its own units", "(in thousands)\nSchools 12 15\nThe ministry counted 40 new schools in the spring of that year.\n",
			[]want{{"12", "12000", "count", "exact", ""}, {"15", "15000", "count", "exact", ""}, {"40", "40", "count", "exact", "new schools"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, find(t, tc.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestColumnYear checks that a table's cell takes the year its column's header states, a
// column of years (with a note of an estimate or a plan after it or not) or a year in the
// header's brackets, and no year from another column.
func TestColumnYear(t *testing.T) {
	const text = "Universities\n\n| Name | Founded | Students (2022) | Faculty |\n|---|---|---|---|\n| KAIST | 1971 | 11,264 | 682 |\n\n" +
		"| 구분 | 2022년 | 2023년 |\n|---|---|---|\n| 학부 | 1,250 | 1,310 |\n\n" +
		"| Item | 2024 | 2025p | 2026 (est.) |\n|---|---|---|---|\n| Students | 410 | 420 | 433 |\n\n" +
		"| 구분 | 2025년 | 2026년(안) |\n|---|---|---|\n| 지원 학생(명) | 1,650 | 2,300 |\n"
	doc, err := document.NewDocument("case", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range Find(doc) {
		got[f.Text] = f.ColumnYear
	}
	want := map[string]int{"11,264": 2022, "682": 0, "1,250": 2022, "1,310": 2023, "410": 2024, "420": 2025, "433": 2026, "1,650": 2025, "2,300": 2026}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("column years (-want +got):\n%s", diff)
	}
	// Under a column of years, the row's label says what is counted, and the figure says so.
	rowLabel := map[string]bool{}
	for _, f := range Find(doc) {
		rowLabel[f.Text] = f.RowLabel
	}
	wantRow := map[string]bool{"11,264": false, "682": false, "1,250": true, "1,310": true, "410": true, "420": true, "433": true, "1,650": true, "2,300": true}
	if diff := cmp.Diff(wantRow, rowLabel); diff != "" {
		t.Errorf("row labels (-want +got):\n%s", diff)
	}
}
