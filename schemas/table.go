package schemas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
)

// Table describes one table of a release, derived from its Go row type.
type Table struct {
	Name        string
	Description string
	Key         string // the column that identifies a row
	Fields      []Field
	rowType     reflect.Type
}

// Field is one column.
type Field struct {
	Name        string
	Title       string // for people: "Figure ID" for figure_id (the spreadsheet edition's header)
	Date        bool   // holds ISO 8601 dates, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)
	Unit        string // what the numbers count ("bytes"), or where each row says ("per row: the unit column"); "" for text
	Description string
	Type        arrow.DataType
	Nullable    bool
	index       int // struct field index
}

// The tables of a release, in the order they are written and documented.
var (
	Sources = newTable[Source]("sources", "source_id",
		"One row per source document: where each figure comes from, and the SHA-256 its byte offsets refer to.")
	Figures = newTable[Figure]("figures", "figure_id",
		"One row per figure found in the sources, with its exact position, value, unit, qualifier and category.")
	FundingTable = newTable[Funding]("funding", "figure_id",
		"The figures of category funding: money amounts, in base units of their currency.")
	GraduatesTable = newTable[Graduates]("graduates", "figure_id",
		"The figures of category graduates: training and education of people.")
	CoauthorshipTable = newTable[Coauthorship]("coauthorship", "figure_id",
		"The figures of category coauthorship: papers and research-collaboration statistics.")
	Rejects = newTable[Reject]("rejects", "row_id",
		"Rows that failed a row rule, or that a reviewer rejected, and were not released, with the reason.")
	Checks = newTable[Check]("checks", "finding_id",
		"Findings of the consistency checks across figures and sources: shares against their totals, parts against totals, the same measure stated with different values.")
)

// All lists the tables in release order.
func All() []*Table {
	return []*Table{Sources, Figures, FundingTable, GraduatesTable, CoauthorshipTable, Checks, Rejects}
}

func newTable[T any](name, key, desc string) *Table {
	rt := reflect.TypeOf((*T)(nil)).Elem()
	t := &Table{Name: name, Key: key, Description: desc, rowType: rt}
	for i := 0; i < rt.NumField(); i++ {
		sf := rt.Field(i)
		tag := strings.Split(sf.Tag.Get("parquet"), ",")
		typ, nullable := arrowType(sf.Type)
		if typ == nil {
			panic(fmt.Sprintf("schemas: %s.%s: unsupported type %s", name, sf.Name, sf.Type))
		}
		t.Fields = append(t.Fields, Field{Name: tag[0], Title: titleOf(tag[0]), Description: sf.Tag.Get("desc"), Type: typ,
			Nullable: nullable, Date: sf.Tag.Get("format") == "date", Unit: sf.Tag.Get("unit"), index: i})
	}
	return t
}

func arrowType(t reflect.Type) (arrow.DataType, bool) {
	nullable := false
	if t.Kind() == reflect.Pointer {
		nullable, t = true, t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return arrow.BinaryTypes.String, nullable
	case reflect.Int64:
		return arrow.PrimitiveTypes.Int64, nullable
	case reflect.Int32:
		return arrow.PrimitiveTypes.Int32, nullable
	case reflect.Float64:
		return arrow.PrimitiveTypes.Float64, nullable
	case reflect.Bool:
		return arrow.FixedWidthTypes.Boolean, nullable
	}
	return nil, false
}

// titleWords spells the words of column names that are not plain English words.
var titleWords = map[string]string{"id": "ID", "ids": "IDs", "sha256": "SHA-256", "url": "URL"}

// titleOf turns a column name into a title for people: "source_ids" → "Source IDs".
func titleOf(name string) string {
	words := strings.Split(name, "_")
	for i, w := range words {
		if t, ok := titleWords[w]; ok {
			words[i] = t
		} else if i == 0 {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// FieldNames returns the names of the table's columns, in order.
func (t *Table) FieldNames() []string {
	names := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		names[i] = f.Name
	}
	return names
}

// Schema returns the Arrow schema of the table; each field carries its description in
// its metadata under "description" (and its unit under "unit", for numbers), and the table
// its own.
func (t *Table) Schema() *arrow.Schema {
	fields := make([]arrow.Field, len(t.Fields))
	for i, f := range t.Fields {
		keys, values := []string{"description"}, []string{f.Description}
		if f.Unit != "" {
			keys, values = append(keys, "unit"), append(values, f.Unit)
		}
		fields[i] = arrow.Field{Name: f.Name, Type: f.Type, Nullable: f.Nullable, Metadata: arrow.NewMetadata(keys, values)}
	}
	md := arrow.NewMetadata([]string{"table", "description"}, []string{t.Name, t.Description})
	return arrow.NewSchema(fields, &md)
}

// Record builds an Arrow record from rows, which must be a slice of the table's row type.
// The caller releases the record.
func (t *Table) Record(mem memory.Allocator, rows any) (arrow.Record, error) {
	rv := reflect.ValueOf(rows)
	if rv.Kind() != reflect.Slice || rv.Type().Elem() != t.rowType {
		return nil, fmt.Errorf("schemas: table %s: rows are %T, want []%s", t.Name, rows, t.rowType.Name())
	}
	b := array.NewRecordBuilder(mem, t.Schema())
	defer b.Release()
	for r := 0; r < rv.Len(); r++ {
		row := rv.Index(r)
		for i, f := range t.Fields {
			appendValue(b.Field(i), row.Field(f.index))
		}
	}
	return b.NewRecord(), nil
}

// Value returns field i of row, a reflect.Value of the table's row type.
func (t *Table) Value(row reflect.Value, i int) reflect.Value { return row.Field(t.Fields[i].index) }

func appendValue(b array.Builder, v reflect.Value) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			b.AppendNull()
			return
		}
		v = v.Elem()
	}
	switch b := b.(type) {
	case *array.StringBuilder:
		b.Append(v.String())
	case *array.Int64Builder:
		b.Append(v.Int())
	case *array.Int32Builder:
		b.Append(int32(v.Int()))
	case *array.Float64Builder:
		b.Append(v.Float())
	case *array.BooleanBuilder:
		b.Append(v.Bool())
	}
}

// MarshalRow encodes one row (of the table's row type) as a JSON object whose keys are the
// column names, in column order.
func (t *Table) MarshalRow(row any) ([]byte, error) {
	rv := reflect.ValueOf(row)
	if rv.Type() != t.rowType {
		return nil, fmt.Errorf("schemas: table %s: row is %T, want %s", t.Name, row, t.rowType.Name())
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range t.Fields {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(f.Name)
		val, err := json.Marshal(rv.Field(f.index).Interface())
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// DataPackageType maps a field to its Frictionless Table Schema type.
func (f Field) DataPackageType() string {
	switch f.Type.ID() {
	case arrow.INT32, arrow.INT64:
		return "integer"
	case arrow.FLOAT64:
		return "number"
	case arrow.BOOL:
		return "boolean"
	}
	return "string"
}
