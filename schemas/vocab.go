package schemas

import "slices"

// Category is what a figure is about. Funding, graduates and coauthorship figures also get
// a row in the table of that name; other figures are only in figures.
type Category string

// The categories, in their order of importance (the review queue lists figures so).
const (
	CategoryFunding      Category = "funding"
	CategoryGraduates    Category = "graduates"
	CategoryCoauthorship Category = "coauthorship"
	CategoryOther        Category = "other"
)

// Categories are the values of figures.category, most important first.
var Categories = []Category{CategoryFunding, CategoryGraduates, CategoryCoauthorship, CategoryOther}

// Rank is the category's place in Categories: 0 for funding, the most important.
func (c Category) Rank() int { return slices.Index(Categories, c) }

// Unit is what a figure's value counts: an ISO 4217 currency code for money, or one of
// Units.
type Unit string

// The units other than currencies.
const (
	UnitPercent  Unit = "percent"
	UnitPeople   Unit = "people"
	UnitPapers   Unit = "papers"
	UnitProjects Unit = "projects"
	UnitUnits    Unit = "units"
	UnitYears    Unit = "years"
	UnitMonths   Unit = "months"
	UnitDecades  Unit = "decades" // read, then released as years (10 each)
	UnitWeeks    Unit = "weeks"   // read, then released as days (7 each)
	UnitDays     Unit = "days"
	UnitHours    Unit = "hours" // read, then released as a count of "hours", a measure like km
	UnitCount    Unit = "count"
)

// Units are the units other than ISO 4217 currency codes.
var Units = []Unit{UnitPercent, UnitPeople, UnitPapers, UnitProjects, UnitUnits, UnitDecades, UnitYears, UnitMonths, UnitWeeks,
	UnitDays, UnitHours, UnitCount}

// ReleasedUnits are the units a released figure has: decades, weeks and hours are read,
// then stated in years, days and a count of hours.
var ReleasedUnits = []Unit{UnitPercent, UnitPeople, UnitPapers, UnitProjects, UnitUnits, UnitYears, UnitMonths,
	UnitDays, UnitCount}

// IsCount reports whether the unit is a plain count: count, or not yet decided ("").
func (u Unit) IsCount() bool { return u == "" || u == UnitCount }

// IsDuration reports whether the unit is a unit of time.
func (u Unit) IsDuration() bool {
	return u == UnitDecades || u == UnitYears || u == UnitMonths || u == UnitWeeks || u == UnitDays || u == UnitHours
}

// IsCurrency reports whether the unit is an ISO 4217 code (three upper-case letters).
func (u Unit) IsCurrency() bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// Known reports whether the unit is a currency code or one of Units.
func (u Unit) Known() bool { return u.IsCurrency() || slices.Contains(Units, u) }
