package extract

import (
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/google/go-cmp/cmp"
)

// koreanForms are Korean sentences written for this test, one form each, with what the
// scanner finds.
var koreanForms = []struct {
	name string
	text string
	want []want
}{
	{"a Sino-Korean number written in words", "교수 삼천 명과 예산 천만 원, 수수료 이천오백 원이 들었고 이 가운데 사천시가 백 명을 보냈다.",
		[]want{{"삼천 명", "3000", "people", "exact", "명"}, {"천만 원", "1e+07", "KRW", "exact", "원"}, {"이천오백 원", "2500", "KRW", "exact", "원"}, {"백 명", "100", "people", "exact", "명"}}},
	{"a decrease written with a minus sign or a triangle is signed", "영업이익률은 -3.2%를 기록했고 수출 증감률은 △20.0%였다.",
		[]want{{"-3.2%", "-3.2", "percent", "exact", ""}, {"△20.0%", "-20", "percent", "exact", ""}}},
	{"a time that still goes on is a duration", "등록금은 15년째 동결됐고 파업은 3개월째 이어졌다.",
		[]want{{"15년째", "15", "years", "exact", "년째"}, {"3개월째", "3", "months", "exact", "개월째"}}},
	{"a headline's amount in 억 beside 투입 is won", "정부, 3년간 2,800억 투입",
		[]want{{"3년간", "3", "years", "exact", "년간"}, {"2,800억", "2.8e+11", "KRW", "exact", ""}}},
	{"myriad scale with currency", "정부는 총 3조 5,000억 원을 투자한다.",
		[]want{{"3조 5,000억 원", "3.5e+12", "KRW", "exact", "원"}}},
	{"a counter before a past copula's connective ending", "평균 연령은 33.5세였고 장비는 두 대였지만 직원은 30명이었으며 늘었다.",
		[]want{{"33.5세", "33.5", "years", "exact", "세"}, {"두 대", "2", "count", "exact", "대"}, {"30명", "30", "people", "exact", "명"}}},
	{"a measure's symbol glued, with its ending", "연구선은 길이 99.8m, 폭 18m이며 항속거리는 1만km에 이른다.",
		[]want{{"99.8m", "99.8", "count", "exact", "m"}, {"18m이며", "18", "count", "exact", "m"}, {"1만km에", "10000", "count", "exact", "km"}}},
	{"chained groups", "수출은 81억 1,488만 달러를 기록했다.",
		[]want{{"81억 1,488만 달러", "8.11488e+09", "USD", "exact", "달러"}}},
	{"small scale inside a group", "약 1만 2천 명이 참여했다.",
		[]want{{"약 1만 2천 명", "12000", "people", "approx", "명"}}},
	{"a thousand before smaller digits", "과제는 1천200여 개에서 1만2천500개로 늘고 예산은 3천200억 원, 인원은 2천 500명이다.",
		[]want{{"1천200여 개", "1200", "count", "approx", "개 과제"}, {"1만2천500개로", "12500", "count", "exact", "개"}, {"3천200억 원", "3.2e+11", "KRW", "exact", "원"}, {"2천 500명", "2500", "people", "exact", "명"}}},
	{"a pronoun as a clause's topic names nothing a bare counter counts", "이들은 가짜 신분으로 미국 기업 300여 곳에 취업했다.",
		[]want{{"300여 곳", "300", "count", "approx", "곳"}}},
	{"a bound that the number does not pass", "참여한 논문은 100편을 넘지 않는다.",
		[]want{{"100편을 넘지 않는다", "100", "papers", "up_to", "편"}}},
	{"some ten, in Sino-Korean", "십여 개 대학이 참여했다.",
		[]want{{"십여 개", "10", "count", "approx", "개"}}},
	{"counter glued with a particle", "모두 110편의 논문을 발표했다.",
		[]want{{"110편", "110", "papers", "exact", "편"}}},
	{"hedge glued before the counter", "졸업생은 2,200여 명이다.",
		[]want{{"2,200여 명", "2200", "people", "approx", "명"}}},
	{"bound after", "10회 이상 인용된 논문이다.",
		[]want{{"10회 이상", "10", "count", "at_least", "회"}}},
	{"range with a tilde", "연수 기간은 3~6개월이다.",
		[]want{{"3~6개월이다", "3..6", "months", "range", "개월"}}},
	{"range of myriads", "교육 인원은 3만~4만 명에 이르렀다.",
		[]want{{"3만~4만 명", "30000..40000", "people", "range", "명"}}},
	{"native number before a counter", "조선인이 두 명쯤 있었다.",
		[]want{{"두 명쯤", "2", "people", "approx", "명"}}},
	{"tens and units in words", "그는 서른 세 살의 교수였다.",
		[]want{{"서른 세 살", "33", "years", "exact", "살"}}},
	{"a comparative particle after a currency", "올해 예산 25조 7천억 원보다 8천억 원 늘었다.",
		[]want{{"25조 7천억 원", "2.57e+13", "KRW", "exact", "원"}, {"8천억 원", "8e+11", "KRW", "exact", "원"}}},
	{"a lower and an upper bound make a range", "신청자는 만 19세 이상 34세 이하여야 하며, 경력은 3년 초과 5년 미만이다.",
		[]want{{"19세 이상 34세 이하", "19..34", "years", "range", "age"}, {"3년 초과 5년 미만", "3..5", "years", "range", "년"}}},
	{"a lower bound alone stays one", "참가자는 20명 이상, 예산은 5억 원 이하이다.",
		[]want{{"20명 이상", "20", "people", "at_least", "명"}, {"5억 원 이하", "5e+08", "KRW", "up_to", "원"}}},
	{"a part's number is no figure, and its title ends a table's declared unit", "<표 1> 시기별 논문 수 (단위: 편, %)\n시기\t전체 논문\t비율\n2000~2010\t214\t33.2\n2011~2015\t398\t49.5\n\n2. 협력 상대국\n\n중국이 489편으로 가장 많았다.",
		[]want{{"214", "214", "papers", "exact", "전체 논문"}, {"33.2", "33.2", "percent", "exact", "비율"}, {"398", "398", "papers", "exact", "전체 논문"}, {"49.5", "49.5", "percent", "exact", "비율"}, {"489편", "489", "papers", "exact", "편"}}},
	{"two durations joined by 에서 make a range, a change does not", "기간은 최소 3개월에서 최대 2년이며, 인원은 100명에서 200명으로 늘었다.",
		[]want{{"최소 3개월에서 최대 2년", "3..24", "months", "range", "개월"}, {"100명", "100", "people", "exact", "명"}, {"200명", "200", "people", "exact", "명"}}},
	{"a year written with two digits after an apostrophe", "수요는 '22년 1만 2천 명에서 '27년 3만 명으로 늘고, '24~'28년 5년간 1조 원을 투입한다.",
		[]want{{"1만 2천 명", "12000", "people", "exact", "명"}, {"3만 명", "30000", "people", "exact", "명"}, {"5년간", "5", "years", "exact", "년간"}, {"1조 원", "1e+12", "KRW", "exact", "원"}}},
	{"an age group is no figure, machines counted by 대 are", "10대부터 40대까지 이용률이 높고 70대 이상도 늘었으며, 컴퓨터 10대를 들여왔다.",
		[]want{{"10대", "10", "count", "exact", "대 컴퓨터"}}},
	{"a year named by a word is a time, not a duration of one", "작년 한 해 1조 원을 탈취했고, 지난해 한 해 동안 논문 30편을 냈다.",
		[]want{{"1조 원", "1e+12", "KRW", "exact", "원"}, {"30편", "30", "papers", "exact", "편"}}},
	{"a one-syllable suffix is not the start of a noun", "기간을 세 시기로 나누었고 세 시에 마쳤으며, 세 번째였다.",
		[]want{{"세 시기로", "3", "count", "exact", "시기"}}},
	{"native ranges and a ratio in native numbers", "팀은 대여섯 명이었고, 연구자 열 명 가운데 한 명꼴로 떠났으며, 한 번의 공격으로 120만 스위스프랑을 잃었다.",
		[]want{{"대여섯 명", "5..6", "people", "range", "명"}, {"열 명 가운데 한 명", "10", "percent", "exact", "명"}, {"120만 스위스프랑", "1.2e+06", "CHF", "exact", "스위스프랑"}}},
	{"an age with a bound is a bracket, an age alone is not", "만 39세 이하 연구자가 늘었고, 그는 25세에 학위를 받았다.",
		[]want{{"39세 이하", "39", "years", "up_to", "age"}, {"25세", "25", "years", "exact", "세"}}},
	{"a range whose high end carries the counter", "15-64세 인구는 70.3%이다.",
		[]want{{"15-64세", "15..64", "years", "range", "age"}, {"70.3%", "70.3", "percent", "exact", ""}}},
	{"an age in brackets after a title", "김 교수(52)는 10년간 논문 120여 편을 냈고, 참가국(12)은 아시아였다.",
		[]want{{"52", "52", "years", "exact", "age"}, {"10년간", "10", "years", "exact", "년간"}, {"120여 편", "120", "papers", "approx", "편"}}},
	{"a part of a small whole after 가운데", "석·박사 10명 가운데 4명가량이 떠났고, 이 가운데 742명(39.6%)이 유학을 갔다.",
		[]want{{"10명 가운데 4명가량", "40", "percent", "approx", "명"}, {"742명", "742", "people", "exact", "명"}, {"39.6%", "39.6", "percent", "exact", ""}}},
	{"a share written with a slash", "이용자 전체의 1/3이 학생이고, 49/67은 교사다.",
		[]want{{"1/3이", "33.333333333333336", "percent", "exact", "학생이고"}}},
	{"a share after a name written in Latin and Hangul", "SK하이닉스가 28.7%로 2위다.",
		[]want{{"28.7%", "28.7", "percent", "exact", ""}}},
	{"a year and a half", "미국에 온 지 1년 반 만이다.",
		[]want{{"1년 반", "1.5", "years", "exact", "년"}}},
	{"years and months", "학제는 5년 6개월이다.",
		[]want{{"5년 6개월", "66", "months", "exact", "개월"}}},
	{"percent in words", "예산의 약 40퍼센트가 쓰인다.",
		[]want{{"약 40퍼센트", "40", "percent", "approx", "퍼센트"}}},
	{"a fraction", "공업은 국민 총생산의 3분의 1가량을 차지한다.",
		[]want{{"3분의 1가량", "33.333333333333336", "percent", "approx", ""}}},
	{"half", "제조업이 절반 가량을 차지한다.",
		[]want{{"절반 가량", "50", "percent", "approx", ""}}},
	{"the object a change changes, not the clause's topic", "정부는 특성화 대학원을 현재 8곳에서 15곳으로 늘린다.",
		[]want{{"8곳", "8", "count", "exact", "곳 대학원"}, {"15곳", "15", "count", "exact", "곳 대학원"}}},
	{"a value with its unit's symbol in brackets is no list number", "월 사용량은 LTE 가입자(8.9GB)의 3배다.",
		[]want{{"8.9GB", "8.9", "count", "exact", "GB"}, {"3배", "3", "count", "exact", "배"}}},
	{"the object before its number, not the clause's topic", "정부는 연구소 4곳을 새로 지정했다.",
		[]want{{"4곳", "4", "count", "exact", "곳 연구소"}}},
	{"a verb's form before a number is no noun it counts", "무작위로 뽑은 300건을 다시 읽었다.",
		[]want{{"300건", "300", "count", "exact", "건"}}},
	{"the topic when no object stands between", "중심대학은 2015년 8곳에서 2022년 44곳으로 늘었다.",
		[]want{{"8곳", "8", "count", "exact", "곳 중심대학"}, {"44곳", "44", "count", "exact", "곳 중심대학"}}},
	{"a scale word alone before a counter, hedged or not", "백여 명의 학생과 천여 명의 주민이 모였고, 행사에 만 명이 몰렸다.",
		[]want{{"백여 명", "100", "people", "approx", "명"}, {"천여 명", "1000", "people", "approx", "명"}, {"만 명", "10000", "people", "exact", "명"}}},
	{"a scale word in a unit's bracket is the unit", "건당 기술료(만 원)는 2,140이었다.",
		nil},
	{"a word that starts like a scale word counts nothing", "만세를 불렀고 백 교수가 만두 두 개를 먹었다.",
		[]want{{"두 개", "2", "count", "exact", "개"}}},
	{"a level of people glued after the counter", "박사후연구원은 3만 명대다.",
		[]want{{"3만 명대", "30000", "people", "approx", "명"}}},
	{"a range of age groups", "20~30대 연구자가 전체의 62%를 차지했다.",
		[]want{{"62%", "62", "percent", "exact", ""}}},
	{"an age group before a noun of people", "20대 청년 1,200명과 30대 직장인 800명이 참여했다.",
		[]want{{"1,200명", "1200", "people", "exact", "명"}, {"800명", "800", "people", "exact", "명"}}},
	{"a list's last counter shared by the numbers before it", "장려금은 석사 월 80만·박사 110만 원이고, 정원은 300·400명이며, 6·25전쟁 때 1, 2학년이었다.",
		[]want{{"80만", "800000", "KRW", "exact", "원"}, {"110만 원", "1.1e+06", "KRW", "exact", "원"}, {"300", "300", "people", "exact", "명"}, {"400명", "400", "people", "exact", "명"}}},
	{"half with a hedge before it", "졸업생 중 약 절반이 취업했다.",
		[]want{{"약 절반이", "50", "percent", "approx", ""}}},
	{"half with its hedge glued on", "이 가운데 절반가량은 지방 대학에 배정한다.",
		[]want{{"절반가량", "50", "percent", "approx", ""}}},
	{"a counter the lexicon does not list", "모두 70단위가 인정됐다.",
		[]want{{"70단위가", "70", "count", "exact", "단위"}}},
	{"an unlisted counter of one syllable, its particle cut", "시범 학교 25곳에 새로운 교실을 열었다.",
		[]want{{"25곳", "25", "count", "exact", "곳"}}},
	{"a counter of time and 차 is which year, not how many", "1년 차 레지던트와 입사 3년차 직원이 2개월 차에 만나 3년 동안 일했다.",
		[]want{{"3년", "3", "years", "exact", "년"}}},
	{"기 counts machines after a noun of one, elsewhere a cohort", "정지궤도위성 3기를 개발했고 원전 24기가 가동 중이며, 10기 연구원들과 3기 신도시가 있다.",
		[]want{{"3기", "3", "count", "exact", "기 정지궤도위성"}, {"24기", "24", "count", "exact", "기"}}},
	{"the noun before the number, bare, counts before the one after 의", "특성화대학 8곳의 반도체 전임교원은 평균 6.5명이다.",
		[]want{{"8곳", "8", "count", "exact", "곳 특성화대학"}, {"6.5명", "6.5", "people", "exact", "명"}}},
	{"a number floated after its object, an adverb after it", "정부는 연구소를 4곳 더 세우고 현재 9곳인 센터를 늘린다.",
		[]want{{"4곳", "4", "count", "exact", "곳 연구소"}, {"9곳", "9", "count", "exact", "곳 센터"}}},
	{"a verbal noun after the counter is what is done; the noun before is what is counted", "연구소 5곳 추가 지정, 기업 3곳 신규 유치",
		[]want{{"5곳", "5", "count", "exact", "곳 연구소"}, {"3곳", "3", "count", "exact", "곳 기업"}}},
	{"a noun with its particle after the counter, another number after it", "상위 10개 대학이 3조 원을 가져갔다.",
		[]want{{"10개", "10", "count", "exact", "개 대학"}, {"3조 원", "3e+12", "KRW", "exact", "원"}}},
	{"a bracket of amounts in quotes, the quote before its particle", "소득은 '5,000만 원 이상 7,000만 원 미만'이 가장 많았다.",
		[]want{{"5,000만 원 이상 7,000만 원 미만", "5e+07..7e+07", "KRW", "range", "원"}}},
	{"a word of time before the number counts nothing", "현재 12개 기관이 참여하며 보통 3개의 과제를 맡는다.",
		[]want{{"12개", "12", "count", "exact", "개 기관"}, {"3개", "3", "count", "exact", "개 과제"}}},
	{"the noun after a general counter, its particle cut", "공장에는 6개의 작업장과 창고가 있다.",
		[]want{{"6개", "6", "count", "exact", "개 작업장"}}},
	{"no noun after a counter that ends its phrase: the object before it", "부품을 8개씩 새로운 상자에 담았다.",
		[]want{{"8개", "8", "count", "exact", "개 부품"}}},
	{"a counter of cases", "신고는 120건에 달했다.",
		[]want{{"120건", "120", "count", "exact", "건 신고"}}},
	{"tens and units written as one word", "그는 열일곱 살에 입대했고 스물두 살에 돌아왔다.",
		[]want{{"열일곱 살", "17", "years", "exact", "살"}, {"스물두 살", "22", "years", "exact", "살"}}},
	{"times, not an order", "위원회는 세 차례 회의를 열었다.",
		[]want{{"세 차례", "3", "count", "exact", "차례"}}},
	{"groups of a myriad written without spaces", "올해 설비 투자는 41조6천억원이다.",
		[]want{{"41조6천억원이다", "4.16e+13", "KRW", "exact", "원"}}},
	{"percentage points", "실업률은 1.4%p, 고용률은 0.8퍼센트포인트, 참여율은 2.1%포인트 올랐다.",
		[]want{{"1.4%p", "1.4", "count", "exact", "%p"}, {"0.8퍼센트포인트", "0.8", "count", "exact", "퍼센트포인트"}, {"2.1%포인트", "2.1", "count", "exact", "%p"}}},
	{"percentage points with a space", "점유율은 2.5 %p 상승했다.",
		[]want{{"2.5 %p", "2.5", "count", "exact", "%p"}}},
	{"won left out beside a word of money", "내년 R&D 예산 26.5조 확정",
		[]want{{"26.5조", "2.65e+13", "KRW", "exact", ""}}},
	{"a scaled number with only a particle", "가입자 수는 3천만을 넘었다.",
		[]want{{"3천만을 넘었다", "3e+07", "count", "more_than", ""}}},
	{"a range with a tilde after a Latin word", "군사비: GDP의 20~25% (2016년)",
		[]want{{"20~25%", "20..25", "percent", "range", ""}}},
	{"a measure's symbol", "면적: 총 120,538㎢; 육지 120,408㎢",
		[]want{{"120,538㎢", "120538", "count", "exact", "㎢"}, {"120,408㎢", "120408", "count", "exact", "㎢"}}},
	{"a hedged fraction", "예산의 약 4분의 1이 인건비다.",
		[]want{{"약 4분의 1이", "25", "percent", "approx", ""}}},
	{"a part of a small whole, a rate", "병원 5곳 중 2곳이 문을 닫았고, 주민 10명 중 3명꼴로 이사했다.",
		[]want{{"5곳 중 2곳", "40", "percent", "exact", "곳"}, {"10명 중 3명", "30", "percent", "exact", "명"}}},
	{"a rate over a whole larger than ten", "응시자 12명 중 1명꼴로 합격했다.",
		[]want{{"12명 중 1명", "8.333333333333334", "percent", "exact", "명"}}},
	{"a part of a large whole, two figures", "지원자 240명 중 90명이 합격했다.",
		[]want{{"240명", "240", "people", "exact", "명"}, {"90명", "90", "people", "exact", "명"}}},
	{"a length of study in 년제", "3년제 과정을 마쳤다.",
		[]want{{"3년제", "3", "years", "exact", "년제"}}},
	{"a year as the per of a rate", "논문은 한 해 100편에 그쳤다.",
		[]want{{"100편", "100", "papers", "exact", "편"}}},
	{"a hedge before a range keeps the range", "가입자는 약 600만~700만 명이고 최대 3~4년 걸린다.",
		[]want{{"약 600만~700만 명", "6e+06..7e+06", "people", "range", "명"}, {"최대 3~4년", "3..4", "years", "range", "년"}}},
	{"between one amount and another", "건당 50만 원에서 200만 원 사이였고, 예산은 3억 원에서 5억 원으로 늘었다.",
		[]want{{"50만 원에서 200만 원", "500000..2e+06", "KRW", "range", "원"}, {"3억 원", "3e+08", "KRW", "exact", "원"}, {"5억 원", "5e+08", "KRW", "exact", "원"}}},
	{"a year before a noun as annual", "한 해 예산은 4,500억 원이고, 연구는 한 해 동안 이어졌다.",
		[]want{{"4,500억 원", "4.5e+11", "KRW", "exact", "원"}, {"한 해", "1", "years", "exact", "해"}}},
	{"one person as the per of a rate", "연구원 한 사람이 평균 2건씩 맡았고, 한 명이 숨졌다.",
		[]want{{"2건", "2", "count", "exact", "건"}, {"한 명", "1", "people", "exact", "명"}}},
	{"a ratio of native numbers without a counter", "응답자 열에 아홉은 찬성했고, 기업 다섯에 하나가 떠났으며, 열에 대해 말했다.",
		[]want{{"열에 아홉", "90", "percent", "exact", ""}, {"다섯에 하나", "20", "percent", "exact", ""}}},
	{"one person as the per of what one usually does", "한 명이 보통 3~4개의 계정을 돌려쓴다.",
		[]want{{"3~4개의", "3..4", "count", "range", "개 계정"}}},
	{"a level after a range keeps the range", "참여 기업은 30-40곳 수준이다.",
		[]want{{"30-40곳 수준", "30..40", "count", "range", "곳 기업"}}},
	{"a level after a number", "예산은 지난해 수준인 500억 원 정도다. 참여 학교는 120개 수준이다.",
		[]want{{"500억 원 정도", "5e+10", "KRW", "approx", "원"}, {"120개 수준", "120", "count", "approx", "개 학교"}}},
	{"times in native numbers", "수출은 두 배로 늘었다.",
		[]want{{"두 배", "2", "count", "exact", "배"}}},
	{"households, not a generation", "이 단지에는 120세대가 산다.",
		[]want{{"120세대", "120", "count", "exact", "세대"}}},
	{"a rate in 꼴", "교원 1인당 6.8편꼴이다.",
		[]want{{"6.8편", "6.8", "papers", "exact", "편"}}},
	{"worth, after a currency", "가상자산 1조 원어치를 빼돌렸다.",
		[]want{{"1조 원", "1e+12", "KRW", "exact", "원"}}},
	{"a counted number in parentheses", "국제 논문은 18.4회로 국내 논문(9.7회)보다 많이 인용됐다.",
		[]want{{"18.4회", "18.4", "count", "exact", "회 논문"}, {"9.7회", "9.7", "count", "exact", "회 논문"}}},
	{"a count before a noun glued to 당 and an amount is a denominator; a count of parties or a span of time is none", "1개 대학당 연평균 100억 원을 받고, 3개 정당이 참여했다. 5년간 학교당 1,000억 원을 준다.",
		[]want{{"100억 원", "1e+10", "KRW", "exact", "원"}, {"3개", "3", "count", "exact", "개 정당"}, {"5년간", "5", "years", "exact", "년간"}, {"1,000억 원", "1e+11", "KRW", "exact", "원"}}},
	{"a general counter counts the noun before its hedge", "북한은 대학이 약 190개로 늘었다.",
		[]want{{"약 190개", "190", "count", "approx", "개 대학"}}},
	{"per thousand people is a denominator", "인구 1천 명당 연구원 수는 16.7명이다.",
		[]want{{"16.7명", "16.7", "people", "exact", "명"}}},
	{"a hedge after: nearly", "좌석 2,000석 가운데 700석 가까이 비었다.",
		[]want{{"2,000석", "2000", "count", "exact", "석"}, {"700석 가까이", "700", "count", "approx", "석"}}},
	{"bounds written as verbs after the number", "인력은 1,000명을 넘었으며 취업률은 95%를 웃돌고 출생아는 20만 명을 밑돌았다.",
		[]want{{"1,000명을 넘었으며", "1000", "people", "more_than", "명"}, {"95%를 웃돌고", "95", "percent", "more_than", ""},
			{"20만 명을 밑돌았다", "200000", "people", "less_than", "명"}}},
	{"bounds glued after the counter", "국민소득은 1만 7000달러대로 떨어졌고 150명가량을 뽑았으며 해커는 7,000명 이상이라고 밝혔다.",
		[]want{{"1만 7000달러대", "17000", "USD", "approx", "달러"}, {"150명가량", "150", "people", "approx", "명"},
			{"7,000명 이상", "7000", "people", "at_least", "명"}}},
	{"a bound after a fraction", "학생의 3분의 2 이상이 참여했다.",
		[]want{{"3분의 2 이상", "66.66666666666667", "percent", "at_least", ""}}},
	{"a bound after a fraction and its particle", "석사는 전체의 4분의 1에도 못 미친다.",
		[]want{{"4분의 1에도 못 미친다", "25", "percent", "less_than", ""}}},
	{"a hedge glued after a counter of one syllable", "시장은 1조 원대, 장비는 100억 원대로 추정된다.",
		[]want{{"1조 원대", "1e+12", "KRW", "approx", "원"}, {"100억 원대", "1e+10", "KRW", "approx", "원"}}},
	{"a bound in two words", "종사자는 절반에 못 미치는 것으로 알려졌다.",
		[]want{{"절반에 못 미치는", "50", "percent", "less_than", ""}}},
	{"only, after the counter", "여학생은 세 명뿐이었고 졸업생은 12명밖에 되지 않았다.",
		[]want{{"세 명뿐이었고", "3", "people", "exact", "명"}, {"12명", "12", "people", "exact", "명"}}},
	{"a bare counter counts the clause's topic", "SW 중심대학은 2015년 8곳에서 2022년 44곳으로 늘었다.",
		[]want{{"8곳", "8", "count", "exact", "곳 중심대학"}, {"44곳", "44", "count", "exact", "곳 중심대학"}}},
	{"a list's items after a comma count the topic as the first does", "선정된 대학은 수도권 3곳, 비수도권 5곳이다.",
		[]want{{"3곳", "3", "count", "exact", "곳 대학"}, {"5곳", "5", "count", "exact", "곳 대학"}}},
	{"a hedge before a ratio written with 대", "경쟁률은 약 3.9 대 1, 평균 12대 1이었다.",
		[]want{{"약 3.9 대 1", "3.9", "count", "approx", "ratio"}, {"12대 1", "12", "count", "exact", "ratio"}}},
	{"a table's or a figure's word before a number with a counter counts them; without one it names one", "표 2와 그림 3을 보라. 부록에 표 24개와 그림 8장이 실렸다.",
		[]want{{"24개", "24", "count", "exact", "개"}, {"8장", "8", "count", "exact", "장"}}},
	{"digits glued to a word without a counter name it; with a counter or after a hedge they count", "코로나19 확산으로 참가자는 약1,200명으로 줄었다.",
		[]want{{"약1,200명으로", "1200", "people", "approx", "명"}}},
	{"a bare counter after a noun and a partitive word counts the noun", "이들이 세운 회사 가운데 3곳이 상장됐고, 이 가운데 2곳은 흑자였다.",
		[]want{{"3곳", "3", "count", "exact", "곳 회사"}, {"2곳", "2", "count", "exact", "곳"}}},
	{"an anniversary is no figure; a duration with particles stacked after 동안 is", "창립 76돐을 맞아 지난 3년동안에만 논문 400여편을 냈다.",
		[]want{{"3년", "3", "years", "exact", "년"}, {"400여편", "400", "papers", "approx", "편"}}},
	{"a verb after a counter is no counted noun", "대학은 지난해보다 7곳 늘었고 학과는 3개 줄었다.",
		[]want{{"7곳", "7", "count", "exact", "곳 대학"}, {"3개", "3", "count", "exact", "개 학과"}}},
	{"a counted noun with a digit inside", "전국 200여 곳의 제1중학교에서 선발했다.",
		[]want{{"200여 곳", "200", "count", "approx", "곳 제1중학교"}}},
	{"days past a month's last day", "심사에 걸리는 시간은 45일에서 12일로 줄었다.",
		[]want{{"45일", "45", "days", "exact", "일"}, {"12일", "12", "days", "exact", "일"}}},
	{"days with a word of duration after", "접수 후 5일 이내에 답한다.",
		[]want{{"5일", "5", "days", "exact", "일"}}},
	{"days with a word of measure before", "입원 기간은 평균 9일이었다.",
		[]want{{"9일", "9", "days", "exact", "일"}}},
	{"a native word of days with 간", "점검단은 공장을 나흘간 둘러보았다.",
		[]want{{"나흘간", "4", "days", "exact", "일"}}},
	{"a native word of days before 만에", "복구는 보름 만에 끝났다.",
		[]want{{"보름", "15", "days", "exact", "일"}}},
	{"a table set out with spaces under years: each row's label and unit", "<표 1> 소프트웨어 졸업생 현황\n구분          2022      2023\n졸업생(명)    1,200     1,350\n취업률(%)     68.0      70.0\n자료: 교육부\n",
		[]want{{"1,200", "1200", "people", "exact", "졸업생"}, {"1,350", "1350", "people", "exact", "졸업생"}, {"68.0", "68", "percent", "exact", "취업률"}, {"70.0", "70", "percent", "exact", "취업률"}}},
	{"a year and a month of rates", "한 해에 100명, 한 달 평균 30명, 1개월 평균 20명이 온다.",
		[]want{{"100명", "100", "people", "exact", "명"}, {"30명", "30", "people", "exact", "명"}, {"20명", "20", "people", "exact", "명"}}},
	{"a measure's symbol after a space", "부지는 약 33만 m²이다.",
		[]want{{"약 33만 m²", "330000", "count", "approx", "m²"}}},
	{"a measure that starts like a cohort's 기", "설치 용량은 약 4기가바이트이다.",
		[]want{{"약 4기가바이트", "4", "count", "approx", "기가바이트"}}},
	{"sales after a space are no edition's 판", "휴대전화는 누적 100만 판매를 넘었다.",
		[]want{{"100만 판매를 넘었다", "1e+06", "count", "more_than", "판매"}}},
	{"a period of one year is a rate's, of more a duration", "해마다 1년에 최대 40명을, 3년에 걸쳐 120명을 뽑는다.",
		[]want{{"최대 40명", "40", "people", "up_to", "명"}, {"3년", "3", "years", "exact", "년"}, {"120명", "120", "people", "exact", "명"}}},
	{"a one-character unit symbol after a space", "캠퍼스는 약 132만 ㎡이고, 부지는 3.5 ㎢이다.",
		[]want{{"약 132만 ㎡", "1.32e+06", "count", "approx", "㎡"}, {"3.5 ㎢", "3.5", "count", "exact", "㎢"}}},
	{"a measure's symbol with a particle glued to it", "발전량은 약 240억 kWh로 늘었고, 설비는 2,100만 kW이다.",
		[]want{{"약 240억 kWh", "2.4e+10", "count", "approx", "kWh"}, {"2,100만 kW", "2.1e+07", "count", "exact", "kW"}}},
	{"주 is weeks beside a word of time or in brackets after a course, else a count", "재교육 과정(4주)은 12주 동안 열리고, 주식 3만 주가 거래됐다.",
		[]want{{"4주", "28", "days", "exact", "주"}, {"12주", "84", "days", "exact", "주"}, {"3만 주가", "30000", "count", "exact", "주가"}}},
	{"a table's amounts in 억 without 원, in a text that counts in won", "연구 예산은 3조 원이다.\n\n| 구분 | 2025 | 2026 |\n|---|---|---|\n| 연구장비 | 1조 2,500억 | 9,800억 |\n| 학생 수 | 1만 2,000 | 1만 3,000 |\n",
		[]want{{"3조 원", "3e+12", "KRW", "exact", "원"}, {"1조 2,500억", "1.25e+12", "KRW", "exact", ""}, {"9,800억", "9.8e+11", "KRW", "exact", ""}}},
}

// koreanNonFigures are Korean numbers that state no quantity.
var koreanNonFigures = []struct{ name, text string }{
	{"someone who opens a clause", "그는 집을 나섰고, 한 사람이 그 뒤를 따랐다."},
	{"a date", "정부는 2022년 3월 15일 계획을 발표했다."},
	{"a generation before a noun", "5세대 이동통신과 4세대 방사광가속기를 갖췄다."},
	{"a generation with its English name in brackets", "고려링크가 3세대(3G) 이동통신을 시작했다."},
	{"a year's one year", "2022년 한 해 동안 연구가 이어졌다."},
	{"a year's one year with a particle", "2022년 한 해에만 수입이 늘었다."},
	{"not a single one", "서울 지역 대학에는 한 명도 배정되지 않았고, 그는 한 번도 방북하지 않았다."},
	{"an ordinal with 제", "제3차 계획이 시작됐다."},
	{"a magnitude in digits", "증가율이 두 자릿수를 회복했고, 세 자릿수 성장은 없었다."},
	{"an income bracket's number", "소득 8구간 이하에서 9구간 이하로 넓히고, 1~3구간은 더 받는다."},
	{"an order in words", "사업은 세 번째 단계에 들어섰다."},
	{"a decade", "1990년대에 보급이 시작됐다."},
	{"a generation", "10기 연구원들이 입학했다."},
	{"a period of years", "제1차 기간(1962∼1966년)에 늘었다."},
	{"a day of a month", "김정은 위원장은 지난 14일 시험을 지도했다."},
	{"one place, at once", "모든 대학이 한 곳에 모였고 한 번에 끝났다."},
	{"days of a month, from one to another", "행사는 10일에서 12일로 미뤄졌다."},
	{"a day of a month after its month", "3월 5일 이후 접수한다."},
	{"a time of day", "매일 아침 7시 10분에 식사를 했다."},
	{"a name with a number", "6·25전쟁 이후에 옮겨갔다."},
	{"a rate's denominator", "1인당 소득이 늘었다."},
	{"one as an article", "한 대기업은 공장을 지었다."},
	{"an anniversary", "창립 40주년을 맞았다."},
	{"a year before a noun", "2023 과학기술 연감"},
	{"a day of a rate", "하루 평균 방문객 수가 늘었다."},
	{"editions and versions", "2008년 1.0판이 나온 뒤 3.0 버전이 공개되었고 책은 개정 3판까지 나왔다."},

	{"the numbers of a table of contents, its lines joined", "목차 1 개요 2 연혁 3 조직 4 각주"},
}

func TestFindKoreanForms(t *testing.T) {
	for _, tc := range koreanForms {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, find(t, tc.text)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestFindKoreanRejectsNonFigures(t *testing.T) {
	for _, tc := range koreanNonFigures {
		t.Run(tc.name, func(t *testing.T) {
			if got := find(t, tc.text); len(got) != 0 {
				t.Errorf("%q: found %+v, want no figures", tc.text, got)
			}
		})
	}
}

// TestKoreanRecords checks that each line of a Korean data sheet ("연구원 수: 60만 1,279명")
// is a statement of its own, as an English one is: a label starts with no capital in Hangul.
func TestKoreanRecords(t *testing.T) {
	text := "연구원 수: 60만 1,279명\n특허 출원: 23만 7,633건\nSCI 논문 수: 7만 3,450편\n"
	doc, err := document.NewDocument("records", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	figs := Find(doc)
	if len(figs) != 3 {
		t.Fatalf("found %d figures, want 3", len(figs))
	}
	for i, f := range figs {
		if i > 0 && f.Sentence == figs[i-1].Sentence {
			t.Errorf("%q and %q share the sentence %q", figs[i-1].Text, f.Text, f.Sentence)
		}
	}
}

// TestKoreanRecordEstimate checks that a Korean data sheet's note of estimate ("(2023년
// 추정)") hedges its record, as "(2023 est.)" does.
func TestKoreanRecordEstimate(t *testing.T) {
	doc, err := document.NewDocument("records", []byte("인구: 51,628,117명 (2023년 추정)\n대학 수: 190개 (2022년)\n"), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, f.Text+" "+f.Qualifier)
	}
	if diff := cmp.Diff([]string{"51,628,117명 approx", "190개 exact"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestParticleTail checks that a Korean figure's text ends before the particle or ending
// glued to its counter, and keeps a hedge, a counter that ends like a particle and a word it
// cannot tell from a counter.
func TestParticleTail(t *testing.T) {
	tests := []struct{ text, want string }{
		{"240여 명이다", "240여 명"},
		{"1,450억 원으로", "1,450억 원"},
		{"62%를", "62%"},
		{"2조 3,400억으로", "2조 3,400억"}, // an amount whose 원 is left out
		{"10명 중 6명이", "10명 중 6명"},
		{"두 명쯤", "두 명쯤"},        // a hedge is the figure's own word
		{"150명가량", "150명가량"},    // so is one glued to the counter; its particle is not
		{"200명 이상을", "200명 이상"}, // nor the particle after a hedge that is a noun
		{"7,000명 이상", "7,000명 이상"},
		{"1조 원대로", "1조 원대"},
		{"10여 개국에서", "10여 개국"}, // countries, a counter of the lexicon
		{"'5,000만 원 이상 7,000만 원 미만'이", "'5,000만 원 이상 7,000만 원 미만"},
		{"95%를 웃돈다", "95%를 웃돈다"}, // a hedge that is a verb keeps its ending
		{"3년간", "3년간"},           // a counter, not 년 and a particle
		{"30도까지", "30도까지"},       // degrees: no counter of the lexicon
		{"25 percent", "25 percent"},
	}
	lex := lexicon.Default()
	for _, tc := range tests {
		if got := tc.text[:len(tc.text)-particleTail(tc.text, lex)]; got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
