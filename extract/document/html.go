package document

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// PageMeta is what a document says about itself in its own metadata (an HTML page's title,
// meta tags and JSON-LD; a PDF's document information). Empty fields are unknown.
type PageMeta struct {
	Title, Publisher, Published, Language, URL string
	Authors                                    []string
}

// NewHTMLDocument reads a saved web page: the text of its article — navigation, scripts,
// styles, comment widgets and related-story lists left out, entities decoded — becomes the
// analysis view, whose offsets still point into the raw HTML.
func NewHTMLDocument(name string, raw []byte, lex *lexicon.Lexicon) (*Document, PageMeta, error) {
	if err := textError(raw); err != nil {
		err.Name = name
		return nil, PageMeta{}, err
	}
	text, m, meta := htmlText(raw, lex)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, meta, &DecodeError{Name: name, Offset: -1, Reason: "HTML page without article text"}
	}
	v := BuildBlockView(text, lex)
	v.src = m
	return &Document{Name: name, Raw: raw, View: v}, meta, nil
}

// htmlPiece is a run of page text or a separator, with the raw bytes it stands for.
type htmlPiece struct {
	text        string
	raw, rawLen int
	exact       bool // text is the raw bytes themselves
	dropped     bool // inside furniture
}

// htmlElement is an element open at some point of the walk.
type htmlElement struct {
	tag     string
	drop    bool
	article bool // an article candidate: its pieces from here on are counted
	first   int  // index of its first piece
}

// htmlText walks the page once, keeping its text as pieces, then keeps the pieces of the
// largest article element (or all, when the page has none) that no furniture holds.
func htmlText(raw []byte, lex *lexicon.Lexicon) ([]byte, *textMap, PageMeta) {
	var (
		pieces  []htmlPiece
		stack   []htmlElement
		meta    PageMeta
		jsonLD  []string
		title   strings.Builder
		inTitle bool
		inLD    bool
		pre     int // depth of <pre>: white space kept
		// Cells of the table row being read, how many were header cells, and whether one
		// spans columns: a row of header cells gets a markdown rule under it, so the rows
		// below read their columns, unless it is one cell across the table, a title
		// ("<th colspan="2">Kumsong Academy</th>" atop an infobox), which names no column.
		cells, headCells int
		spanned          bool
	)
	type span struct{ first, last, size int }
	var best span
	dropped := func() bool { return len(stack) > 0 && stack[len(stack)-1].drop }
	sep := func(s string, at, n int) {
		pieces = append(pieces, htmlPiece{text: s, raw: at, rawLen: n, dropped: dropped()})
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	offset := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF; the tokenizer reads any byte sequence without failing otherwise
		}
		tokRaw := z.Raw()
		at, n := offset, len(tokRaw)
		offset += n
		switch tt {
		case html.TextToken:
			switch {
			case inTitle:
				title.WriteString(html.UnescapeString(string(tokRaw)))
			case inLD:
				jsonLD = append(jsonLD, string(tokRaw))
			default:
				pieces = appendText(pieces, tokRaw, at, pre > 0, dropped())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			kinds := lex.HTMLKinds(tag)
			if tt == html.EndTagToken {
				switch tag {
				case "title":
					inTitle = false
				case "script":
					inLD = false
				case "pre":
					pre = max(pre-1, 0)
				}
				// Close up to the matching element, the innermost open one of its tag (a <div>'s
				// end closes the <div> it ends, not the page's outermost); a stray end tag
				// closes nothing.
				if k := lastOpen(stack, tag); k >= 0 {
					for i := len(stack) - 1; i >= k; i-- {
						e := stack[i]
						if e.article && !e.drop {
							if size := textSize(pieces[e.first:]); size > best.size {
								best = span{e.first, len(pieces), size}
							}
						}
					}
					stack = stack[:k]
				}
				switch {
				case slices.Contains(kinds, "block"), slices.Contains(kinds, "heading"):
					sep("\n\n", at, n)
				case slices.Contains(kinds, "row"):
					if cells > 0 && headCells == cells && !(cells == 1 && spanned) {
						sep("\n\n|---|", at, 0)
					}
					sep("\n\n", at, n)
				case slices.Contains(kinds, "cell"), slices.Contains(kinds, "headcell"):
					sep(" | ", at, n)
				}
				continue
			}
			readMeta(&meta, tag, attrs)
			switch {
			case tag == "title" && tt == html.StartTagToken && !slices.ContainsFunc(stack, func(e htmlElement) bool { return e.tag == "svg" }):
				inTitle = true // the page's title, not an <svg>'s
			case tag == "script" && attrs["type"] == "application/ld+json":
				inLD = tt == html.StartTagToken
			case tag == "pre" && tt == html.StartTagToken:
				pre++
			}
			switch {
			case slices.Contains(kinds, "block"):
				sep("\n\n", at, n)
			case slices.Contains(kinds, "heading") && tt == html.StartTagToken:
				sep("\n\n# ", at, n) // a markdown heading: the view knows it for one, whatever its words
			case slices.Contains(kinds, "heading"):
				sep("\n\n", at, n)
			case slices.Contains(kinds, "line"):
				sep("\n", at, n)
			case slices.Contains(kinds, "row") && tt == html.StartTagToken:
				sep("\n\n| ", at, n) // "| Seoul | 88,420 |": a markdown row
				cells, headCells, spanned = 0, 0, false
			case slices.Contains(kinds, "cell") && tt == html.StartTagToken:
				cells++
				spanned = spanned || spansColumns(attrs)
			case slices.Contains(kinds, "headcell") && tt == html.StartTagToken:
				cells, headCells = cells+1, headCells+1
				spanned = spanned || spansColumns(attrs)
			}
			if tt == html.SelfClosingTagToken || voidElements[tag] {
				continue
			}
			article := slices.Contains(kinds, "article") || attrs["role"] == "main" || attrs["itemprop"] == "articleBody"
			drop := dropped() || slices.Contains(kinds, "drop") && !article || !article && isFurniture(attrs, lex)
			stack = append(stack, htmlElement{tag: tag, drop: drop, article: article, first: len(pieces)})
		}
	}
	// Elements left open at the end (pages without closing tags) end there.
	for _, e := range stack {
		if e.article && !e.drop {
			if size := textSize(pieces[e.first:]); size > best.size {
				best = span{e.first, len(pieces), size}
			}
		}
	}
	if best.size > 0 {
		pieces = pieces[best.first:best.last]
	}
	text, m := joinPieces(pieces)
	for _, ld := range jsonLD {
		readJSONLD(&meta, ld)
	}
	meta.Title = cmp.Or(meta.Title, strings.Join(strings.Fields(title.String()), " "))
	return text, m, meta
}

// lastOpen returns the index of the innermost element of stack with the given tag, or -1.
func lastOpen(stack []htmlElement, tag string) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].tag == tag {
			return k
		}
	}
	return -1
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// appendText adds a text token's bytes: copied as they are, but line ends and tabs read as
// spaces outside <pre>, and entities decoded (each decoded entity a piece of its own, so
// that offsets still find its raw bytes).
func appendText(pieces []htmlPiece, tok []byte, at int, pre, dropped bool) []htmlPiece {
	flush := func(from, to int) {
		if to > from {
			s := string(tok[from:to])
			if !pre {
				s = strings.Map(func(r rune) rune {
					if r == '\n' || r == '\r' || r == '\t' {
						return ' ' // one byte for one: the copy stays exact
					}
					return r
				}, s)
			}
			pieces = append(pieces, htmlPiece{text: s, raw: at + from, rawLen: to - from, exact: true, dropped: dropped})
		}
	}
	from := 0
	for i := 0; i < len(tok); i++ {
		if tok[i] != '&' {
			continue
		}
		end := bytes.IndexByte(tok[i:min(len(tok), i+40)], ';')
		if end < 0 {
			continue
		}
		ent := string(tok[i : i+end+1])
		dec := html.UnescapeString(ent)
		if dec == ent {
			continue
		}
		if dec == "\u00a0" {
			dec = " " // &nbsp; separates words like a space
		}
		flush(from, i)
		pieces = append(pieces, htmlPiece{text: dec, raw: at + i, rawLen: len(ent), dropped: dropped})
		i += end
		from = i + 1
	}
	flush(from, len(tok))
	return pieces
}

// textSize counts the letters and digits of the pieces furniture does not hold.
func textSize(pieces []htmlPiece) int {
	n := 0
	for _, p := range pieces {
		if !p.dropped && p.exact {
			n += len(strings.TrimSpace(p.text))
		}
	}
	return n
}

// joinPieces concatenates the kept pieces into the text the view is built from, with
// paragraph breaks collapsed, and the map back to the raw bytes.
func joinPieces(pieces []htmlPiece) ([]byte, *textMap) {
	var b []byte
	m := &textMap{}
	for _, p := range pieces {
		if p.dropped {
			continue
		}
		if p.text == "\n\n" && (len(b) == 0 || bytes.HasSuffix(b, []byte("\n\n"))) {
			continue
		}
		m.add(len(b), len(p.text), p.raw, p.rawLen)
		b = append(b, p.text...)
	}
	return b, m
}

// isFurniture reports whether an element's class or id names site furniture (html.tsv).
func isFurniture(attrs map[string]string, lex *lexicon.Lexicon) bool {
	for _, name := range strings.Fields(attrs["class"] + " " + attrs["id"]) {
		name = strings.ToLower(name)
		word := name
		if i := strings.IndexAny(name, "-_"); i > 0 {
			word = name[:i]
		}
		for _, w := range []string{name, word} {
			if slices.Contains(lex.HTMLKinds(w), "furniture") {
				return true
			}
		}
	}
	return false
}

// readMeta takes what a tag says about the page: <html lang>, <meta> and <link rel=canonical>.
func readMeta(m *PageMeta, tag string, attrs map[string]string) {
	switch tag {
	case "html":
		m.Language = cmp.Or(m.Language, attrs["lang"])
	case "link":
		if attrs["rel"] == "canonical" {
			m.URL = cmp.Or(m.URL, attrs["href"])
		}
	case "meta":
		content := strings.TrimSpace(attrs["content"])
		switch strings.ToLower(cmp.Or(attrs["property"], attrs["name"])) {
		case "og:title", "citation_title", "dc.title":
			m.Title = cmp.Or(m.Title, content)
		case "author", "citation_author", "dc.creator", "article:author":
			if content != "" && !strings.HasPrefix(content, "http") && !slices.Contains(m.Authors, content) {
				m.Authors = append(m.Authors, content)
			}
		case "og:site_name", "citation_publisher", "dc.publisher":
			m.Publisher = cmp.Or(m.Publisher, content)
		case "article:published_time", "citation_publication_date", "citation_date", "dc.date", "date", "pubdate":
			m.Published = cmp.Or(m.Published, isoDate(content))
		case "og:url":
			m.URL = cmp.Or(m.URL, content)
		}
	}
}

// readJSONLD fills what the page's meta tags left empty from its schema.org JSON-LD: the
// first object of an article type, in a list or an @graph.
func readJSONLD(m *PageMeta, src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var objs []map[string]any
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			objs = append(objs, x)
			walk(x["@graph"])
		}
	}
	walk(v)
	for _, o := range objs {
		if !strings.Contains(strings.ToLower(jsonString(o["@type"])), "article") && !strings.Contains(jsonString(o["@type"]), "Report") &&
			jsonString(o["@type"]) != "BlogPosting" && jsonString(o["@type"]) != "ScholarlyArticle" {
			continue
		}
		m.Title = cmp.Or(m.Title, jsonString(o["headline"]), jsonString(o["name"]))
		m.Published = cmp.Or(m.Published, isoDate(jsonString(o["datePublished"])))
		m.Language = cmp.Or(m.Language, jsonString(o["inLanguage"]))
		m.URL = cmp.Or(m.URL, jsonString(o["url"]))
		if p, ok := o["publisher"].(map[string]any); ok {
			m.Publisher = cmp.Or(m.Publisher, jsonString(p["name"]))
		}
		if len(m.Authors) == 0 {
			for _, a := range asList(o["author"]) {
				name := jsonString(a)
				if obj, ok := a.(map[string]any); ok {
					name = jsonString(obj["name"])
				}
				if name != "" {
					m.Authors = append(m.Authors, name)
				}
			}
		}
		return
	}
}

func asList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

// jsonString is v when it is a string (or the first string of a list), else "".
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return jsonString(x[0])
		}
	}
	return ""
}

// isoDate keeps the date of a timestamp ("2021-03-04T09:00:00+09:00" → "2021-03-04") when
// it is one; anything else is unknown.
func isoDate(s string) string {
	if len(s) >= 10 && schemas.IsFullDate(s[:10]) {
		return s[:10]
	}
	return ""
}

// spansColumns reports whether a table cell's attributes make it span more than one column.
func spansColumns(attrs map[string]string) bool {
	n, err := strconv.Atoi(strings.TrimSpace(attrs["colspan"]))
	return err == nil && n > 1
}
