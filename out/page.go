package out

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"path/filepath"
	"strings"
)

// PageFile is the release's page for people: open it from the file system, no server.
const PageFile = "index.html"

// PageFigure is a figure as the page shows it.
type PageFigure struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Text     string `json:"text"`
	Value    string `json:"value"` // formatted: "38,000,000", "150 – 200"
	Unit     string `json:"unit"`
	Category string `json:"category"`
	Year     string `json:"year"`
	Review   string `json:"review"`
	Page     string `json:"page"`
	Sentence string `json:"sentence"`
	Mark     [2]int `json:"mark"` // the figure within the sentence, in UTF-16 code units for JavaScript; [0, 0] when not found
	Checks   string `json:"checks"`
}

// PageSource is a source as the page shows it.
type PageSource struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Link  string `json:"link"` // where to read the source: its URL, or the text shipped beside the page
	File  string `json:"file"`
}

// Bar is one bar of a chart.
type Bar struct {
	Label string
	Value float64
}

// Chart is a bar chart, drawn as SVG when the page is written.
type Chart struct {
	Title, Note string
	Unit        string // what the values count, for the axis
	Bars        []Bar
}

// Page is everything the page shows.
type Page struct {
	Title, Version string
	Counts         map[string]int
	Sources        []PageSource
	Figures        []PageFigure
	Total          int // figures in the release; the page lists at most len(Figures)
	Charts         []Chart
}

// WritePage writes dir/index.html: a table of the figures with filters and a search box,
// each figure's sentence with the figure marked, and the charts — all in one file, no
// request to anywhere.
func WritePage(dir string, p Page) error {
	data, err := json.Marshal(struct {
		Sources []PageSource `json:"sources"`
		Figures []PageFigure `json:"figures"`
	}{p.Sources, p.Figures}) // escapes <, > and &: safe inside <script>
	if err != nil {
		return err
	}
	var charts []template.HTML
	for _, c := range p.Charts {
		charts = append(charts, chartSVG(c))
	}
	return writeFile(filepath.Join(dir, PageFile), func(w io.Writer) error {
		return pageTemplate.Execute(w, map[string]any{"P": p, "Data": template.JS(data), "Charts": charts})
	})
}

// chartSVG draws a horizontal bar chart: bars are labelled, so it reads without a legend.
func chartSVG(c Chart) template.HTML {
	const width, labelW, barH, gap = 560, 200, 18, 6
	if len(c.Bars) == 0 {
		return template.HTML(fmt.Sprintf(`<figure class="chart"><figcaption>%s</figcaption><p class="note">No figures.</p></figure>`,
			template.HTMLEscapeString(c.Title)))
	}
	maxV := 0.0
	for _, b := range c.Bars {
		maxV = math.Max(maxV, b.Value)
	}
	height := len(c.Bars)*(barH+gap) + gap
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="chart"><figcaption>%s</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		template.HTMLEscapeString(c.Title), width, height, width, height, template.HTMLEscapeString(c.Title))
	for i, bar := range c.Bars {
		y := gap + i*(barH+gap)
		w := 0.0
		if maxV > 0 {
			w = (width - labelW - 130) * bar.Value / maxV
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" class="label">%s</text>`, labelW-8, y+barH-5, template.HTMLEscapeString(Shorten(bar.Label, 26)))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" class="bar"><title>%s: %s</title></rect>`, labelW, y, w, barH,
			template.HTMLEscapeString(bar.Label), FormatAmount(bar.Value))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="value">%s</text>`, float64(labelW)+w+6, y+barH-5,
			template.HTMLEscapeString(strings.TrimSpace(FormatAmount(bar.Value)+" "+c.Unit)))
	}
	b.WriteString(`</svg>`)
	if c.Note != "" {
		fmt.Fprintf(&b, `<p class="note">%s</p>`, template.HTMLEscapeString(c.Note))
	}
	b.WriteString(`</figure>`)
	return template.HTML(b.String())
}

// Shorten cuts s to at most n runes, marking the cut with "…".
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// FormatAmount writes a number for people: 38 million, 1.2 billion, 4,000, 85.
func FormatAmount(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e9:
		return trimZeros(fmt.Sprintf("%.2f", v/1e9)) + " billion"
	case a >= 1e6:
		return trimZeros(fmt.Sprintf("%.2f", v/1e6)) + " million"
	case a == math.Trunc(a):
		return groupThousands(int64(v))
	}
	return trimZeros(fmt.Sprintf("%.2f", v))
}

func trimZeros(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{{.P.Title}} — {{.P.Version}}</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", "NanumGothic", sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 1rem 3rem; color: #1d232a; }
h1 { font-size: 1.5rem; margin: 1.2rem 0 .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.sub { color: #56606b; margin: 0 0 1rem; }
#filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin: 1rem 0; }
#filters label { display: flex; flex-direction: column; font-size: .8rem; color: #56606b; }
#filters select, #filters input { font: inherit; padding: .25rem .4rem; }
#search { min-width: 16rem; }
#shown { color: #56606b; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .45rem; border-bottom: 1px solid #e3e7eb; vertical-align: top; }
th { position: sticky; top: 0; background: #f4f6f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr { cursor: pointer; } tbody tr:hover { background: #f1f7ff; } tbody tr.sel { background: #dcebff; }
#detail { position: sticky; top: 0; background: #fffbe8; border: 1px solid #eadb9a; padding: .7rem 1rem; margin: 1rem 0; min-height: 2.5rem; }
#detail .sentence { font-size: 1.05rem; margin: .3rem 0; }
mark { background: #ffd24d; padding: 0 .1em; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4em; border-radius: .3em; background: #e8edf2; }
.tag.confirmed, .tag.corrected, .tag.added { background: #d8f0dc; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; }
.chart { margin: 0; } .chart figcaption { font-weight: 600; margin-bottom: .3rem; }
.chart .bar { fill: #3d7ac7; } .chart .label, .chart .value { font-size: 12px; fill: #1d232a; }
.note { color: #56606b; font-size: .8rem; margin: .2rem 0; }
</style>
</head>
<body>
<h1>{{.P.Title}}</h1>
<p class="sub">Release {{.P.Version}} · {{index .P.Counts "sources"}} sources · {{index .P.Counts "figures"}} figures (funding {{index .P.Counts "funding"}}, graduates {{index .P.Counts "graduates"}}, co-authorship {{index .P.Counts "coauthorship"}}) · {{index .P.Counts "checks"}} check findings · data in Parquet and CSV beside this page (see README.md).</p>
{{if lt (len .P.Figures) .P.Total}}<p class="note">This page lists the first {{len .P.Figures}} of {{.P.Total}} figures; the tables hold them all.</p>{{end}}

<h2>Charts</h2>
<div class="charts">{{range .Charts}}{{.}}{{end}}</div>

<h2>Figures</h2>
<div id="filters">
  <label>Category <select id="f-category"><option value="">all</option></select></label>
  <label>Source <select id="f-source"><option value="">all</option></select></label>
  <label>Year <select id="f-year"><option value="">all</option></select></label>
  <label>Review <select id="f-review"><option value="">all</option></select></label>
  <label>Search <input id="search" type="search" placeholder="words in the figure or its sentence"></label>
  <span id="shown"></span>
</div>
<div id="detail"><span class="note">Click a figure to read its sentence.</span></div>
<table>
  <thead><tr><th>Figure</th><th>Value</th><th>Unit</th><th>Category</th><th>Year</th><th>Source</th><th>Page</th><th>Review</th></tr></thead>
  <tbody id="rows"></tbody>
</table>

<script>
"use strict";
const DATA = {{.Data}};
const sources = Object.fromEntries(DATA.sources.map((s) => [s.id, s]));
const $ = (id) => document.getElementById(id);
const filters = { category: $("f-category"), source: $("f-source"), year: $("f-year"), review: $("f-review") };

function fill(select, values, label) {
  for (const v of [...new Set(values)].filter((v) => v !== "").sort()) {
    const o = document.createElement("option");
    o.value = v;
    o.textContent = label ? label(v) : v;
    select.appendChild(o);
  }
}
fill(filters.category, DATA.figures.map((f) => f.category));
fill(filters.source, DATA.figures.map((f) => f.source), (id) => (sources[id] ? sources[id].title : id));
fill(filters.year, DATA.figures.map((f) => f.year));
fill(filters.review, DATA.figures.map((f) => f.review));

function cell(tr, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

function render() {
  const q = $("search").value.trim().toLowerCase();
  const want = Object.fromEntries(Object.entries(filters).map(([k, s]) => [k, s.value]));
  const body = $("rows");
  body.replaceChildren();
  let n = 0;
  for (const f of DATA.figures) {
    if (Object.entries(want).some(([k, v]) => v !== "" && f[k] !== v)) continue;
    if (q && !(f.text + " " + f.sentence).toLowerCase().includes(q)) continue;
    n++;
    const tr = document.createElement("tr");
    tr.dataset.id = f.id;
    cell(tr, f.text);
    cell(tr, f.value, "num");
    cell(tr, f.unit);
    cell(tr, f.category);
    cell(tr, f.year, "num");
    cell(tr, sources[f.source] ? sources[f.source].title : f.source);
    cell(tr, f.page, "num");
    const tag = document.createElement("span");
    tag.className = "tag " + f.review;
    tag.textContent = f.review;
    cell(tr, "").appendChild(tag);
    tr.addEventListener("click", () => show(f, tr));
    body.appendChild(tr);
  }
  $("shown").textContent = n + " of " + DATA.figures.length + " figures";
}

function show(f, tr) {
  for (const r of document.querySelectorAll("tbody tr.sel")) r.classList.remove("sel");
  tr.classList.add("sel");
  const d = $("detail");
  d.replaceChildren();
  const p = document.createElement("p");
  p.className = "sentence";
  const [a, b] = f.mark;
  if (b > a) {
    const m = document.createElement("mark");
    m.textContent = f.sentence.slice(a, b);
    p.append(f.sentence.slice(0, a), m, f.sentence.slice(b));
  } else {
    p.textContent = f.sentence;
  }
  d.appendChild(p);
  const s = sources[f.source] || { title: f.source, file: "", link: "" };
  const src = document.createElement("p");
  src.className = "note";
  src.append("Source: ");
  if (s.link) {
    const link = document.createElement("a");
    link.href = s.link;
    link.textContent = s.title;
    src.appendChild(link);
  } else {
    src.append(s.title);
  }
  src.append(" · file " + s.file + (f.page ? " · page " + f.page : "") + " · figure " + f.id + (f.checks ? " · checks: " + f.checks : ""));
  d.appendChild(src);
}

for (const s of Object.values(filters)) s.addEventListener("change", render);
$("search").addEventListener("input", render);
render();
</script>
</body>
</html>
`))
