package policy

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"
)

// fileConfig is Config as a file spells it.
type fileConfig struct {
	Rules        []fileRule          `json:"rules" yaml:"rules"`
	DefaultAllow bool                `json:"defaultAllow" yaml:"defaultAllow"`
	Implies      map[string][]string `json:"implies" yaml:"implies"`
}

type fileRule struct {
	Name      string     `json:"name" yaml:"name"`
	Methods   []string   `json:"methods" yaml:"methods"`
	Tools     []string   `json:"tools" yaml:"tools"`
	Resources []string   `json:"resources" yaml:"resources"`
	Prompts   []string   `json:"prompts" yaml:"prompts"`
	Public    bool       `json:"public" yaml:"public"`
	Deny      bool       `json:"deny" yaml:"deny"`
	Scopes    []string   `json:"scopes" yaml:"scopes"`
	AnyOf     [][]string `json:"anyOf" yaml:"anyOf"`
	When      *string    `json:"when" yaml:"when"` // nil: no condition; present, it must say one
}

// A Loader reads policies from files, JSON or YAML, with the members of
// [Config] and [Rule] in camelCase ("defaultAllow", "anyOf") and a rule's
// condition as an expression in "when". Its zero value reads files
// without conditions.
type Loader struct {
	// Conditions compiles a rule's "when" expression (celrule.Compile
	// does, for CEL). Nil: a file with a condition is refused.
	Conditions func(expr string) (Condition, error)
	// CursorKey is Config.CursorKey: kept out of files, it is a secret.
	CursorKey []byte
}

// ParseJSON reads a policy from JSON, as Loader{}.JSON does:
//
//	{
//	  "rules": [
//	    {"name": "discovery", "methods": ["initialize", "tools/list"], "public": true},
//	    {"name": "read", "tools": ["search", "get_*"], "anyOf": [["files:read"], ["files:admin"]]}
//	  ],
//	  "defaultAllow": false,
//	  "implies": {"files:admin": ["files:read"]}
//	}
func ParseJSON(data []byte) (*Policy, error) { return Loader{}.JSON(data) }

// ParseYAML reads a policy from YAML, as Loader{}.YAML does:
//
//	rules:
//	  - name: discovery
//	    methods: [initialize, tools/list]
//	    public: true
//	  - name: read
//	    tools: [search, get_*]
//	    anyOf: [[files:read], [files:admin]]
//	implies:
//	  files:admin: [files:read]
func ParseYAML(data []byte) (*Policy, error) { return Loader{}.YAML(data) }

// JSON reads a policy from JSON. It is strict: unknown or repeated
// members, members in another case, null values, an empty "when", and
// every error New reports are refused with the line they are on.
func (l Loader) JSON(data []byte) (*Policy, error) {
	var fc fileConfig
	if err := json.Unmarshal(data, &fc, json.RejectUnknownMembers(true)); err != nil {
		return nil, fmt.Errorf("policy file: %s: %w", at(data, errorOffset(err)), err)
	}
	if off := firstNull(data); off >= 0 {
		return nil, fmt.Errorf("policy file: %s: null is not a value a policy has: leave the member out", at(data, off))
	}
	return l.build(fc,
		func() string { return at(data, memberOffset(data, "implies", -1)) },
		func(i int) string { return at(data, memberOffset(data, "rules", i)) })
}

// YAML reads a policy from one YAML document. It is as strict as JSON:
// unknown or repeated keys and every error New reports are refused with
// the line they are on; so is a second document.
func (l Loader) YAML(data []byte) (*Policy, error) {
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&fc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("policy file: empty")
		}
		return nil, yamlError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("policy file: line %d: a second YAML document", extra.Line)
	}
	var doc yaml.Node
	_ = yaml.Unmarshal(data, &doc) // it decoded above
	if err := checkYAML(&doc); err != nil {
		return nil, err
	}
	value := func(key string) *yaml.Node {
		if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
			m := doc.Content[0].Content
			for i := 0; i+1 < len(m); i += 2 {
				if m[i].Value == key {
					return m[i+1]
				}
			}
		}
		return nil
	}
	line := func(n *yaml.Node) string {
		if n == nil {
			return "(position unknown)"
		}
		return fmt.Sprintf("line %d", n.Line)
	}
	return l.build(fc,
		func() string { return line(value("implies")) },
		func(i int) string {
			if r := value("rules"); r != nil && r.Kind == yaml.SequenceNode && i < len(r.Content) {
				return line(r.Content[i])
			}
			return line(nil)
		})
}

// yamlBools are the keys whose values are booleans.
var yamlBools = []string{"defaultAllow", "public", "deny"}

// checkYAML refuses what the decoder lets through but a strict reader
// must not: a null document or value (a null rule is dropped), merge keys ("<<", which let a rule's own key
// silently override a merged one), and booleans spelt otherwise than
// true or false ('yes', "on": YAML 1.1's, even quoted).
func checkYAML(doc *yaml.Node) error {
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return errors.New("policy file: not a mapping with rules")
	}
	var walk func(n *yaml.Node) error
	walk = func(n *yaml.Node) error {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return fmt.Errorf("policy file: line %d: null is not a value a policy has: leave the key out", n.Line)
		}
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if k.Tag == "!!merge" || k.Value == "<<" {
					return fmt.Errorf("policy file: line %d: merge keys (<<) are not supported: write each rule out", k.Line)
				}
				if slices.Contains(yamlBools, k.Value) && (v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Style != 0 || v.Value != "true" && v.Value != "false") {
					return fmt.Errorf("policy file: line %d: %s must be true or false", v.Line, k.Value)
				}
			}
		}
		for _, c := range n.Content {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(doc.Content[0])
}

// yamlError says what the YAML decoder found, one problem per line, in
// the file's words rather than this package's types.
func yamlError(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return fmt.Errorf("policy file: %w", err)
	}
	words := strings.NewReplacer("in type policy.fileRule", "in a rule", "in type policy.fileConfig", "at the top level",
		"policy.fileConfig", "a policy (a mapping)", "policy.fileRule", "a rule (a mapping)")
	msgs := make([]string, len(te.Errors))
	for i, e := range te.Errors {
		msgs[i] = words.Replace(e)
	}
	return fmt.Errorf("policy file: %s", strings.Join(msgs, "; "))
}

// File reads a policy file: YAML when its name ends in .yaml or .yml,
// JSON when it ends in .json.
func (l Loader) File(path string) (*Policy, error) {
	var parse func([]byte) (*Policy, error)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		parse = l.JSON
	case ".yaml", ".yml":
		parse = l.YAML
	default:
		return nil, fmt.Errorf("policy file %s: name it .json, .yaml or .yml", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy file: %w", err)
	}
	pol, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return pol, nil
}

// build makes the Policy of a decoded file; implies and rule say where
// the implies member and rule i are, for errors.
func (l Loader) build(fc fileConfig, implies func() string, ruleAt func(i int) string) (*Policy, error) {
	if fc.Rules == nil {
		return nil, errors.New(`policy file: no "rules" (a policy without rules is "rules": [], which denies everything)`)
	}
	cfg := Config{DefaultAllow: fc.DefaultAllow, Implies: fc.Implies, CursorKey: l.CursorKey}
	for i, fr := range fc.Rules {
		r := Rule{Name: fr.Name, Methods: fr.Methods, Tools: fr.Tools, Resources: fr.Resources, Prompts: fr.Prompts,
			Public: fr.Public, Deny: fr.Deny, Scopes: fr.Scopes, AnyOf: fr.AnyOf}
		if fr.When != nil {
			err := errors.New("this loader compiles no conditions (set Loader.Conditions, e.g. to celrule.Compile)")
			switch {
			case strings.TrimSpace(*fr.When) == "":
				err = errors.New("empty: write the condition, or leave \"when\" out")
			case l.Conditions != nil:
				if r.When, err = l.Conditions(*fr.When); err == nil && r.When == nil {
					err = errors.New("the condition compiler returned nil")
				}
			}
			if err != nil {
				name := cmp.Or(r.Name, fmt.Sprintf("rule %d", i+1))
				return nil, fmt.Errorf("policy file: %s: %s: when: %w", ruleAt(i), name, err)
			}
		}
		cfg.Rules = append(cfg.Rules, r)
	}
	pol, err := New(cfg)
	var re *ruleError
	var ie *impliesError
	switch {
	case errors.As(err, &re):
		return nil, fmt.Errorf("policy file: %s: %s: %w", ruleAt(re.index), re.name, re.err)
	case errors.As(err, &ie):
		return nil, fmt.Errorf("policy file: %s: implies%w", implies(), ie.err)
	case err != nil:
		return nil, fmt.Errorf("policy file: %w", err)
	}
	return pol, nil
}

// firstNull is the offset of the first null in data, or -1: a null member
// reads as absent, which for "when" would drop a condition.
func firstNull(data []byte) int64 {
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	for {
		start := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err != nil {
			return -1
		}
		if tok.Kind() == 'n' {
			return start
		}
	}
}

// errorOffset is where the JSON reader says err happened, or -1.
func errorOffset(err error) int64 {
	var se *json.SemanticError
	if errors.As(err, &se) {
		return se.ByteOffset
	}
	var xe *jsontext.SyntacticError
	if errors.As(err, &xe) {
		return xe.ByteOffset
	}
	return -1
}

// memberOffset is the offset of the top-level member name's value, or of
// its element i when i ≥ 0; -1 if not found.
func memberOffset(data []byte, name string, i int) int64 {
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return -1
	}
	for dec.PeekKind() == '"' {
		k, err := dec.ReadToken()
		if err != nil {
			return -1
		}
		if k.String() != name {
			if dec.SkipValue() != nil {
				return -1
			}
			continue
		}
		if i < 0 {
			return dec.InputOffset()
		}
		if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '[' {
			return -1
		}
		for j := 0; dec.PeekKind() != ']' && dec.PeekKind() != 0; j++ {
			start := dec.InputOffset()
			if j == i {
				return start
			}
			if dec.SkipValue() != nil {
				return -1
			}
		}
		return -1
	}
	return -1
}

// at says where offset is in data: "line L", past any separators.
func at(data []byte, offset int64) string {
	if offset < 0 || offset > int64(len(data)) {
		return "(position unknown)"
	}
	for offset < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,:"), data[offset]) >= 0 {
		offset++
	}
	return fmt.Sprintf("line %d", 1+bytes.Count(data[:offset], []byte("\n")))
}
