package normalize

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// Topic is what a document is about, for the categories with a vocabulary: the share of
// its sentences that use each one's words (votes enough to decide a sentence alone). An
// encyclopedia article has a section on joint papers between one on researchers and one on
// telephones: each section long enough to measure has a topic of its own, which can keep
// the document's co-authorship topic from a section that speaks more of training.
type Topic struct {
	Coauthorship, Graduates float64
	// Article: the document has the parts of a research article (an abstract, and methods
	// or results), which is about its subject throughout, where an encyclopedia article on
	// a university also counts its restaurants.
	Article  bool
	sections []sectionTopic // in document order
	title    tally          // the votes of the document's title when it names a survey (see namesSurvey)
	headline string         // the document's first heading-shaped sentence, its title or headline
	// headlineVotes are headline's votes as a heading: a section under it stands under it
	// too ("Hyperauthorship: History"), and hears them at half their voice.
	headlineVotes tally
}

// namesSurvey reports whether a title names a survey (lexicon.SurveyWords): "Survey of
// Doctorate Recipients", "신규 박사학위 취득자 조사 결과".
func namesSurvey(title string, lex *lexicon.Lexicon) bool {
	for _, w := range strings.Fields(title) {
		w = strings.ToLower(strings.Trim(w, ".,:;()'\"“”‘’"))
		if lex.Has(lexicon.SurveyWords, w) {
			return true
		}
		for _, k := range lex.Words(lexicon.SurveyWords) {
			// A Korean word matches the end of the title's ("실태조사").
			if r, _ := utf8.DecodeRuneInString(k); document.IsHangul(r) && strings.HasSuffix(w, k) {
				return true
			}
		}
	}
	return false
}

// titleSentences is how many of a document's first sentences may be its title: a press
// release names its ministry on the line before it.
const titleSentences = 3

// sectionTopic is the topic of the section that starts at raw offset start, when it has
// sectionSentences or more to measure it by.
type sectionTopic struct {
	start    int
	topic    Topic
	measured bool
}

// sectionSentences is how many sentences of a section measure its own topic; a shorter
// section takes its document's.
const sectionSentences = 3

// at returns the topic of the text at raw offset: its section's when that was measured,
// else the document's.
func (t Topic) at(offset int) Topic {
	i := sort.Search(len(t.sections), func(i int) bool { return t.sections[i].start > offset }) - 1
	if i < 0 || !t.sections[i].measured {
		return t
	}
	return t.sections[i].topic
}

// Moved returns the topic measured on a section of a long document (see pipeline's
// sections) that starts at raw offset base, with its sections' offsets the document's.
func (t Topic) Moved(base int) Topic {
	moved := t
	moved.sections = make([]sectionTopic, len(t.sections))
	for i, s := range t.sections {
		s.start += base
		moved.sections[i] = s
	}
	return moved
}

// topicShare is the share of a document's sentences that must speak a domain's language for
// the document to be about it. A research article on co-authorship uses its words in most
// sentences; a report on a country's IT industry that has a section on joint papers and one
// on universities reaches neither.
const topicShare = 0.3

// topicSample is how many sentences measure a long document's topic.
const topicSample = 500

// dominant returns the category the document is about, or "": its share is at least
// topicShare and twice the other's.
func (t Topic) dominant() schemas.Category {
	switch {
	case t.Coauthorship >= topicShare && t.Coauthorship >= 2*t.Graduates:
		return schemas.CategoryCoauthorship
	case t.Graduates >= topicShare && t.Graduates >= 2*t.Coauthorship:
		return schemas.CategoryGraduates
	}
	return ""
}

// DocumentTopic measures the topic of the document whose view is v, over its sentences of
// four words or more (headings and data-sheet fragments say too little). A long document is
// measured on topicSample sentences spread evenly over it: a share needs no more, and every
// sentence of a 10 MB report would cost a tenth of its release.
func DocumentTopic(v *document.View, lex *lexicon.Lexicon) Topic {
	var doc, sec topicCount
	var sections []sectionTopic
	var spread sectionSpread
	start := 0 // of the section being measured: the text before the first heading is one too
	closeSection := func() {
		sections = append(sections, sectionTopic{start: start, topic: sec.topic(), measured: sec.n >= sectionSentences})
		spread.add(sec)
		sec = topicCount{}
	}
	sents := v.SentenceSpans()
	step := max(1, len(sents)/topicSample)
	var abstract, results bool
	var title, heading tally
	headline := ""
	for _, sp := range sents[:min(len(sents), titleSentences)] {
		if h := v.Text[sp.Start:sp.End]; extract.IsHeading(v, sp) {
			if namesSurvey(h, lex) {
				title.add(votes(h, 1, lex))
			}
			if headline == "" {
				headline, heading = h, votes(h, 1, lex)
			}
		}
	}
	for i, sp := range sents {
		if extract.OpensSection(v, sents, i) {
			closeSection()
			start = v.RawStart(sp.Start)
		}
		if extract.IsHeading(v, sp) {
			// A part's heading, whether prose or a subheading follows it ("Ⅲ. 분석 결과" over
			// "1. 공동연구 현황"), without its number.
			h := strings.ToLower(strings.TrimRight(withoutPartNumber(v.Text[sp.Start:sp.End]), ":"))
			abstract = abstract || lex.Has(lexicon.ArticleAbstracts, h)
			results = results || lex.Has(lexicon.ArticleResults, h)
		}
		if i%step != 0 {
			continue
		}
		if s := v.Text[sp.Start:sp.End]; wordsAtLeast(s, 4) {
			t := votes(s, 1, lex)
			doc.add(t)
			sec.add(t)
		}
	}
	closeSection()
	topic := doc.topic()
	article := abstract && results
	if article {
		topic = topic.titled(heading)
	} else {
		// A research article is about its subject throughout; an encyclopedia page with one
		// section on joint papers is not about them.
		if spread.confined(spread.co, spread.leadCo) {
			topic.Coauthorship = 0
		}
		if spread.confined(spread.gr, spread.leadGr) {
			topic.Graduates = 0
		}
	}
	topic.sections, topic.Article, topic.title = sections, article, title
	topic.headline = strings.Clone(headline)
	topic.headlineVotes = headingVotes(headline, lex)
	return topic
}

// titledShare is the share of its sentences a research article must speak a domain's
// language in when its title names the domain alone.
const titledShare = 0.1

// titled returns t for a research article whose title is the heading with votes h: a
// title that names one domain and not the other ("Country-level patterns in open peer
// review participation") says what the article is about, though its sentences speak of
// reports and reviewers more than of peer review by name, so a tenth of them speaking the
// domain's language is enough.
func (t Topic) titled(h tally) Topic {
	switch {
	case h.coauthorship >= 3 && h.graduates == 0 && t.Coauthorship >= titledShare && t.Graduates < titledShare:
		t.Coauthorship = max(t.Coauthorship, topicShare)
	case h.graduates >= 3 && h.coauthorship == 0 && t.Graduates >= titledShare && t.Coauthorship < titledShare:
		t.Graduates = max(t.Graduates, topicShare)
	}
	return t
}

// sectionSpread counts a document's sections that have sentences to measure, and those among
// them with a sentence in each domain's language; and whether the first of them, which
// states what the document is about (an encyclopedia article's lead, an abstract), has.
type sectionSpread struct {
	text, co, gr   int
	leadCo, leadGr bool
}

func (s *sectionSpread) add(sec topicCount) {
	if sec.n == 0 {
		return
	}
	if s.text++; s.text == 1 {
		s.leadCo, s.leadGr = sec.co > 0, sec.gr > 0
	}
	if sec.co > 0 {
		s.co++
	}
	if sec.gr > 0 {
		s.gr++
	}
}

// confined reports whether a domain's sentences (in sections, in lead) all stand in one
// section, not the first, of a document of three sections or more: an encyclopedia article
// on a country's science with a section on its joint papers is not about co-authorship in
// its sections on institutes and budgets.
func (s sectionSpread) confined(sections int, lead bool) bool {
	return s.text >= 3 && sections == 1 && !lead
}

// withoutPartNumber returns a heading without the number of its part: "Ⅲ. 분석 결과" →
// "분석 결과", "2. Methods" → "Methods".
func withoutPartNumber(h string) string {
	if num, title, ok := strings.Cut(h, " "); ok && document.PartNumber(num) {
		return title
	}
	return h
}

// topicCount counts the sentences that speak each domain's language.
type topicCount struct{ n, co, gr int }

func (c *topicCount) add(t tally) {
	c.n++
	if t.coauthorship >= 2 {
		c.co++
	}
	if t.graduates >= 2 {
		c.gr++
	}
}

func (c topicCount) topic() Topic {
	if c.n == 0 {
		return Topic{}
	}
	return Topic{Coauthorship: float64(c.co) / float64(c.n), Graduates: float64(c.gr) / float64(c.n)}
}

// wordsAtLeast reports whether s has at least n words (runs without a space).
func wordsAtLeast(s string, n int) bool {
	words := 0
	for i := 0; i < len(s) && words < n; i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			words++
		}
	}
	return words >= n
}
