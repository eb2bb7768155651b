package normalize

import (
	"regexp"
	"strings"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/schemas"
)

// An amount stated twice is counted once: a conversion written beside it ("1.2 trillion won
// ($1.04 billion)", "€20m, or about $22m") and the same amount restated later in its
// document (a headline and its body) name the first statement in same_as. Summing the
// amounts whose same_as is null counts each once.

// conversionRE is what stands between an amount and its conversion: an opening parenthesis
// or "or", perhaps with a hedge ("(about", ", or roughly", "i.e.").
var conversionRE = regexp.MustCompile(`^\s*(?:\(\s*|,?\s*(?:or|i\.e\.,?|equivalent\s+to|about|approximately|around|roughly)\s+)(?:or\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$`)

// MarkRestatements sets same_as on the money figures of one source, in order, that restate
// an amount before them. raw is the text their offsets count in.
func MarkRestatements(raw []byte, figs []schemas.Figure) {
	NewRestatements().Mark(schemas.WholeText(raw), figs)
}

// Restatements is MarkRestatements on a source's figures given a run of whole sentences at
// a time, in order. It keeps of each earlier amount only what a restatement is compared
// with, not the figure.
type Restatements struct {
	earlier map[amountKey][]statement // the money figures before, by amount, in order (the first maxRestated)
	amounts []amountKey               // the keys of earlier in the order first seen, a ring of maxAmounts
	oldest  int                       // where the ring's oldest key is, once it is full
}

// maxAmounts bounds the amounts a source's restatements are looked for among: a report states
// a few hundred, a yearbook of millions of figures as many as it has rows, whose first
// statements would otherwise all be held. The oldest amount is forgotten first.
const maxAmounts = 1 << 16

// statement is what a later restatement compares of an amount: where and what it is about,
// and the first statement of its amount (see rootOf).
type statement struct {
	sentenceStart    int64
	sentence         string
	subject, counted *string
	lowerSubject     string // subject in lower case, for comparing it with many
	first            string // the subject's first word, looked for in another's sentence
	lowerFirst       string // the first word of lowerSubject, when ASCII: "" for none
	lowerSentence    string // without a subject, its sentence in lower case when ASCII, to look for another's
	root             string
}

func statementOf(f *schemas.Figure) statement {
	s := statement{sentenceStart: f.SentenceStart, sentence: f.Sentence, subject: f.Subject, counted: f.Counted, root: rootOf(f)}
	if f.Subject != nil {
		s.lowerSubject = strings.ToLower(*f.Subject)
		s.first, _, _ = strings.Cut(*f.Subject, " ")
		if first, _, _ := strings.Cut(s.lowerSubject, " "); extract.IsASCII(first) {
			s.lowerFirst = first
		}
	} else if extract.IsASCII(f.Sentence) {
		s.lowerSentence = strings.ToLower(f.Sentence)
	}
	return s
}

// NewRestatements returns a Restatements for a source's first figures.
func NewRestatements() *Restatements {
	return &Restatements{earlier: map[amountKey][]statement{}}
}

// Mark sets same_as on the money figures of figs that restate an amount before them, in
// figs or in the figures given before. A run never splits a sentence; text holds its sentences.
func (r *Restatements) Mark(text schemas.Text, figs []schemas.Figure) {
	for i := range figs {
		f := &figs[i]
		if !f.Unit.IsCurrency() {
			continue
		}
		k, this := keyOf(f), statementOf(f)
		if f.SameAs == nil {
			f.SameAs = restated(text, figs, i, this, r.earlier[k])
			this.root = rootOf(f)
		}
		r.remember(k, this)
	}
}

// remember keeps this, a statement of amount k, for the amounts after it to be compared with.
func (r *Restatements) remember(k amountKey, this statement) {
	held, ok := r.earlier[k]
	switch {
	case ok:
	case len(r.amounts) < maxAmounts:
		r.amounts = append(r.amounts, k)
	default:
		delete(r.earlier, r.amounts[r.oldest])
		r.amounts[r.oldest], r.oldest = k, (r.oldest+1)%maxAmounts
	}
	if len(held) < maxRestated {
		r.earlier[k] = append(held, this)
	}
}

// restated returns the id of the first statement of the amount figs[i] (this) restates, or
// nil: the amount before it in its sentence, when figs[i] is its conversion, else the first
// of earlier (the figures before with its amount) in another sentence about the same subject.
func restated(text schemas.Text, figs []schemas.Figure, i int, this statement, earlier []statement) *string {
	f := &figs[i]
	if i > 0 {
		if p := &figs[i-1]; p.Unit.IsCurrency() && p.SentenceStart == f.SentenceStart && p.End <= f.Start &&
			(p.Unit != f.Unit || sameAmount(*p, *f)) && isConversion(text, p.End, f.Start) {
			return new(rootOf(p))
		}
	}
	for k := range earlier {
		if p := &earlier[k]; p.sentenceStart != f.SentenceStart && sameSubject(p, &this) {
			return new(p.root)
		}
	}
	return nil
}

// isConversion reports whether the bytes [end, start) between an amount and the next say the
// next is its conversion.
func isConversion(text schemas.Text, end, start int64) bool {
	between, ok := text.Slice(end, start)
	return ok && conversionRE.Match(between)
}

// maxRestated bounds the statements of one amount a new one is compared with: the first
// ones. A report restates an amount a few times; a yearbook's tables repeat "KRW 13.1
// billion" in hundreds of rows about different regions, and comparing each with all before
// it would take time quadratic in the document.
const maxRestated = 32

// amountKey is a money figure's currency and amount: the figures before it with the same key
// are the only ones it can restate, found without comparing it with every one of them (a
// yearbook of tables states thousands of amounts).
type amountKey struct {
	unit             schemas.Unit
	value, low, high float64
	has              uint8 // which of the three the figure states
}

func keyOf(f *schemas.Figure) amountKey {
	k := amountKey{unit: f.Unit}
	// +0: -0 is the same amount as 0.
	if f.Value != nil {
		k.value, k.has = *f.Value+0, k.has|1
	}
	if f.ValueLow != nil {
		k.low, k.has = *f.ValueLow+0, k.has|2
	}
	if f.ValueHigh != nil {
		k.high, k.has = *f.ValueHigh+0, k.has|4
	}
	return k
}

// rootOf is the first statement of the amount f states: f itself, or the one it restates.
func rootOf(f *schemas.Figure) string {
	if f.SameAs != nil {
		return *f.SameAs
	}
	return f.FigureID
}

// sameAmount reports whether two figures state the same value or range.
func sameAmount(a, b schemas.Figure) bool {
	eq := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return eq(a.Value, b.Value) && eq(a.ValueLow, b.ValueLow) && eq(a.ValueHigh, b.ValueHigh)
}

// sameSubject reports whether two amounts are about the same thing: the same subject (one
// name within the other: "Samsung", "Samsung Electronics"; or one's in the other's sentence)
// or, failing subjects, the same
// counted noun. Amounts about nothing named are never the same.
func sameSubject(a, b *statement) bool {
	if a.subject != nil && b.subject != nil {
		// one within the other, ignoring case: each subject lowered once
		return strings.Contains(a.lowerSubject, b.lowerSubject) || strings.Contains(b.lowerSubject, a.lowerSubject)
	}
	if a.subject != nil || b.subject != nil {
		// A headline's subject often goes unread ("Samsung to invest ..."): the other's
		// subject's first word in its sentence will do.
		named, other := a, b
		if a.subject == nil {
			named, other = b, a
		}
		if other.lowerSentence != "" && named.lowerFirst != "" && !strings.Contains(other.lowerSentence, named.lowerFirst) {
			return false // the cheap test first: a yearbook compares each amount with dozens
		}
		found := false
		eachWord(other.sentence, func(w string, _, _ int) bool {
			found = strings.EqualFold(w, named.first)
			return !found
		})
		return found
	}
	if a.counted != nil && b.counted != nil {
		return HeadNoun(*a.counted) == HeadNoun(*b.counted)
	}
	return false
}
