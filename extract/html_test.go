package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// TestHTMLArticle reads a saved news page: the article's figures only — not the menu,
// share counts, related stories, comments, most-read list, footer or scripts — with
// offsets into the raw HTML, and the page's own metadata.
func TestHTMLArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, meta, err := document.NewHTMLDocument("article.html", raw, lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		if want := strings.Join(strings.Fields(string(raw[f.Start:f.End])), " "); f.Text != want {
			t.Errorf("figure text %q, raw bytes %q", f.Text, want)
		}
		if !strings.Contains(string(raw[f.SentenceStart:f.SentenceEnd]), string(raw[f.Start:f.End])) {
			t.Errorf("sentence offsets do not hold %q", f.Text)
		}
		got = append(got, f.Text+" | "+f.Sentence)
	}
	want := []string{
		"more than 4,000 | Kim Chaek University of Technology trained more than 4,000 IT specialists last year, according to the ministry’s report.",
		"US$&nbsp;38 million | The government allocated US$ 38 million to the programme & a further 150–200 engineers were sent to China.",
		"150&#8211;200 | The government allocated US$ 38 million to the programme & a further 150–200 engineers were sent to China.",
		"1,200 | | Kim Il Sung University | 1,200 graduates |",
		"About 25% | About 25% of the papers were co-authored with Chinese researchers.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	wantMeta := document.PageMeta{Title: "North Korea expands IT training at Kim Chaek University", Publisher: "Peninsula Tech Review",
		Published: "2021-03-04", Language: "en", URL: "https://example.org/news/2021/03/nk-it-training", Authors: []string{"Jane Park"}}
	if diff := cmp.Diff(wantMeta, meta); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
}

// TestHTMLTable: a table's header cells name its columns, in words or with a unit in
// brackets, and its caption, with the year it covers, is the rows' heading.
func TestHTMLTable(t *testing.T) {
	page := `<html><body><article><p>The ministry counted places at universities this spring, region by region, as every year.</p>
<table><caption>Freshman places filled (2025)</caption>
<tr><th>Region</th><th>Places</th><th>Rate (%)</th></tr>
<tr><td>Seoul</td><td>88,420</td><td>99.6</td></tr></table></article></body></html>`
	doc, _, err := document.NewHTMLDocument("table.html", []byte(page), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, strings.Join([]string{f.Text, string(f.Unit), f.Counted, f.Heading}, " | "))
	}
	want := []string{
		"88,420 | count | Places | Freshman places filled (2025)",
		"99.6 | percent | Rate (%) | Freshman places filled (2025)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestHTMLInfoboxTitle: one header cell across an infobox is its title, not a column's
// name: the fields below it are labels and values.
func TestHTMLInfoboxTitle(t *testing.T) {
	page := `<html><body><article><p>The academy trains pupils in computing from an early age, as it has done for decades.</p>
<table class="infobox"><tr><th colspan="2">Kumsong Academy</th></tr>
<tr><th>Students</th><td>c. 1,200 (2019)</td></tr><tr><th>Academic staff</th><td>140</td></tr></table></article></body></html>`
	doc, _, err := document.NewHTMLDocument("infobox.html", []byte(page), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, strings.Join([]string{f.Text, f.Counted}, " | "))
	}
	want := []string{"c. 1,200 | Students", "140 | Academic staff"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestHTMLHeadings: a page's <h1> to <h6> are headings whatever their words, a number and
// all, and the first is the title over the sections; a heading of site furniture ("Most
// read") still ends the article.
func TestHTMLHeadings(t *testing.T) {
	page := `<html><body><article><h1>Regional colleges lose 12,000 students</h1>
<p>Colleges outside the capital admitted fewer students this year than in any year since the war ended.</p>
<h2>Fewer 18-year-olds</h2>
<table><tr><th>Year</th><th>Applicants</th></tr><tr><td>2025</td><td>412,000</td></tr></table>
<h3>Most read</h3><ol><li>Chip exports fall 10%</li></ol></article></body></html>`
	doc, _, err := document.NewHTMLDocument("headings.html", []byte(page), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, f.Text+" | "+f.Heading)
	}
	want := []string{
		"12,000 | Regional colleges lose 12,000 students",
		"412,000 | Regional colleges lose 12,000 students: Fewer 18-year-olds",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestHTMLMetadataFromJSONLD: without meta tags, the title, authors, date and publisher
// come from the page's JSON-LD, and the title element is the last resort.
func TestHTMLMetadataFromJSONLD(t *testing.T) {
	page := `<html><head><title>Site | Story</title><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Story",` +
		`"author":{"name":"A. Kim"},"datePublished":"2019-05-06","publisher":{"name":"Daily"}}]</script></head>` +
		`<body><p>It trained 300 engineers.</p></body></html>`
	_, meta, err := document.NewHTMLDocument("p.html", []byte(page), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := document.PageMeta{Title: "Story", Authors: []string{"A. Kim"}, Published: "2019-05-06", Publisher: "Daily"}
	if diff := cmp.Diff(want, meta); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, meta, _ = document.NewHTMLDocument("p.html", []byte(`<title>Only a title</title><p>It trained 300 engineers.</p>`), lexicon.Default())
	if meta.Title != "Only a title" {
		t.Errorf("title %q", meta.Title)
	}
}

// FuzzHTML reads any page: figures' offsets inside the raw bytes, their text those bytes,
// sentences holding them.
func FuzzHTML(f *testing.F) {
	raw, _ := os.ReadFile("testdata/html/article.html")
	f.Add(string(raw))
	for _, s := range []string{"<p>US$&nbsp;5 million</p>", "<td>1&#8211;2 people</td>", "<p>&amp;</p><pre>3\n4 papers</pre>", "<div"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, _, err := document.NewHTMLDocument("fuzz.html", []byte(page), lexicon.Default())
		if err != nil {
			return
		}
		for _, fig := range Find(doc) {
			if fig.Start < 0 || fig.End > len(page) || fig.Start >= fig.End || fig.SentenceStart > fig.Start || fig.SentenceEnd < fig.End {
				t.Fatalf("figure %q at [%d, %d), sentence [%d, %d), in %d bytes", fig.Text, fig.Start, fig.End, fig.SentenceStart, fig.SentenceEnd, len(page))
			}
			if got := strings.Join(strings.Fields(page[fig.Start:fig.End]), " "); got != fig.Text {
				t.Fatalf("text %q, raw %q", fig.Text, got)
			}
		}
	})
}

// TestHTMLLineBreak: <br> wraps a line; a sentence goes on across it.
func TestHTMLLineBreak(t *testing.T) {
	doc, _, err := document.NewHTMLDocument("br.html", []byte("<p>The ministry trained<br>300 engineers in 2019.</p>"), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	figs := Find(doc)
	if len(figs) != 1 || figs[0].Sentence != "The ministry trained 300 engineers in 2019." {
		t.Errorf("figures %+v", figs)
	}
}

// TestHTMLBlocks checks that a page's blocks stay apart however a block ends: a headline
// that ends in a small letter does not run into the byline under it, whose reading time
// ("5 min read") is no figure, and a dateline's city in capitals opens the sentence after
// it, so the number word there is a count.
func TestHTMLBlocks(t *testing.T) {
	page := "<article><h1>North Korean IT workers earned $88 million from US firms, indictment says</h1>" +
		"<p>By Rachel Kim | December 12, 2024 | 5 min read</p>" +
		"<p>WASHINGTON — Fourteen North Korean nationals used fake identities to land remote jobs at U.S. companies.</p></article>"
	doc, _, err := document.NewHTMLDocument("blocks.html", []byte(page), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, f.Text+" | "+f.Sentence)
	}
	want := []string{
		"$88 million | North Korean IT workers earned $88 million from US firms, indictment says",
		"Fourteen | WASHINGTON — Fourteen North Korean nationals used fake identities to land remote jobs at U.S. companies.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFigureInSentence(t *testing.T) {
	for _, tc := range []struct{ sentence, text, want string }{
		{"It spent US$ 38 million.", "US$ 38 million", "US$ 38 million"},
		{"It spent US$ 38 million.", "US$&nbsp;38 million", "US$ 38 million"},
		{"It spent US$ 38 million.", "US$ <b>38</b>\nmillion", "US$ 38 million"},
		{"It trained 150–200 engineers.", "150&#8211;200", "150–200"},
		{"It trained 300 engineers.", "400", ""},
	} {
		i, j, ok := FigureInSentence(tc.sentence, tc.text, len(tc.sentence), len(tc.sentence))
		if got := tc.sentence[i:j]; ok != (tc.want != "") || got != tc.want {
			t.Errorf("%q in %q: %q, %v; want %q", tc.text, tc.sentence, got, ok, tc.want)
		}
	}
}

// TestFigureInSentenceNear checks that a figure whose words occur more than once in its
// sentence is marked where it stands, not where its digits first appear.
func TestFigureInSentenceNear(t *testing.T) {
	sentence := "Authors rose from 3.08 in 2014 to 1 in 2019 (Figure 1)."
	for _, tc := range []struct {
		near, want int
	}{
		{34, 34},            // "to 1"
		{len(sentence), 52}, // "Figure 1": the last whole-word "1" before near
		{40, 34},            // whitespace collapsed: the sentence's offset is at most near
		{0, 34},             // near before every occurrence: the first whole word
	} {
		i, j, ok := FigureInSentence(sentence, "1", tc.near, len(sentence))
		if !ok || i != tc.want || sentence[i:j] != "1" {
			t.Errorf("near %d: %d-%d %v, want %d", tc.near, i, j, ok, tc.want)
		}
	}
}

// TestFigureInSentenceTableRow checks that a cell's value that repeats in its row is marked
// in its own cell, though the row's sentence lost the tags that stood between.
func TestFigureInSentenceTableRow(t *testing.T) {
	raw := "<tr><td>2012</td><td>1</td><td>2</td><td>1</td></tr>"
	sentence := "| 2012 | 1 | 2 | 1 |"
	for _, tc := range []struct{ near, want int }{
		{strings.Index(raw, "<td>1<") + 4, 9},      // the first cell of 1
		{strings.LastIndex(raw, "<td>1<") + 4, 17}, // the last
	} {
		i, j, ok := FigureInSentence(sentence, "1", tc.near, len(raw))
		if !ok || i != tc.want || sentence[i:j] != "1" {
			t.Errorf("near %d: %d-%d %v, want %d", tc.near, i, j, ok, tc.want)
		}
	}
}

// TestHTMLEncyclopediaFurniture: an encyclopedia page's section edit links, category links
// and coordinates are furniture, so its "References" heading still opens the list of works it cites.
func TestHTMLEncyclopediaFurniture(t *testing.T) {
	raw := []byte(`<html><body><main><h1>A university</h1><div class="vector-dropdown mw-portlet mw-portlet-lang">4 languages</div>` +
		`<div id="toc" class="toc"><ul><li><span class="tocnumber">1</span> History</li><li><span class="tocnumber">2</span> 3 campuses</li></ul></div>` +
		`<p>It opened in 2010 with 160 students.</p>` +
		`<table class="infobox"><tr><th>Location</th><td>Hamhung<br><span class="geo">39.918; 127.536</span></td></tr></table>` +
		`<div role="navigation" class="navbox"><table><tr><td>KAIST · POSTECH · 12 more</td></tr></table></div>` +
		`<div class="printfooter">Retrieved from "https://en.wikipedia.org/w/index.php?oldid=1187654321"</div></main>` +
		`<h2>References<span class="mw-editsection">[edit]</span></h2><ol><li>Park, H. (2020). Scientometrics. 122: 1–19.</li></ol>` +
		`<div id="catlinks">Categories: Universities established in 2010 | 12 campuses</div></body></html>`)
	doc, _, err := document.NewHTMLDocument("page.html", raw, lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, f.Text)
	}
	if diff := cmp.Diff([]string{"160"}, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestHTMLNestedBlocksInMain: an element's end tag closes the innermost open element of its
// tag. A page's main region holds nested <div>s (a tagline, an infobox's wrapper) before its
// paragraphs; the first </div> closes the tagline, not the main region, whose text runs on.
func TestHTMLNestedBlocksInMain(t *testing.T) {
	raw := []byte(`<html><body><div id="nav"><ul><li>Main page</li></ul></div>` +
		`<div id="content" role="main"><div id="siteSub">From the encyclopedia</div>` +
		`<div class="wrap"><div class="note">A research institute.</div></div>` +
		`<p>It was founded with 35 researchers and earned 8.2 billion won.</p></div>` +
		`<div id="footer">Last edited on 14 October 2024, at 09:12.</div></body></html>`)
	doc, _, err := document.NewHTMLDocument("page.html", raw, lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Find(doc) {
		got = append(got, f.Text)
	}
	if diff := cmp.Diff([]string{"35", "8.2 billion won"}, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}
