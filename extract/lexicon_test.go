package extract

import "testing"

// TestLexiconLoads checks the shipped lexicon files parse (no duplicate or malformed entry)
// and hold the entries the scanner relies on.
func TestLexiconLoads(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if lex.Scales["million"].Factor != 1e6 || !lex.Scales["M"].Suffix || lex.Numbers["dozen"].Value != 12 {
		t.Error("scale and number words missing")
	}
	if lex.Units["graduates"] != "people" || lex.Units["papers"] != "papers" {
		t.Error("counted nouns missing")
	}
	for i := 1; i < len(lex.Currencies); i++ {
		if len(lex.Currencies[i].Phrase) > len(lex.Currencies[i-1].Phrase) {
			t.Fatalf("currencies not longest first: %q after %q", lex.Currencies[i].Phrase, lex.Currencies[i-1].Phrase)
		}
	}
}
