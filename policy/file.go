package policy

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// fileConfig is Config as a JSON file spells it.
type fileConfig struct {
	Rules        []fileRule          `json:"rules"`
	DefaultAllow bool                `json:"defaultAllow"`
	Implies      map[string][]string `json:"implies"`
}

type fileRule struct {
	Name      string     `json:"name"`
	Methods   []string   `json:"methods"`
	Tools     []string   `json:"tools"`
	Resources []string   `json:"resources"`
	Prompts   []string   `json:"prompts"`
	Public    bool       `json:"public"`
	Deny      bool       `json:"deny"`
	Scopes    []string   `json:"scopes"`
	AnyOf     [][]string `json:"anyOf"`
}

// ParseJSON reads a policy from JSON:
//
//	{
//	  "rules": [
//	    {"name": "discovery", "methods": ["initialize", "tools/list"], "public": true},
//	    {"name": "read", "tools": ["search", "get_*"], "anyOf": [["files:read"], ["files:admin"]]}
//	  ],
//	  "defaultAllow": false,
//	  "implies": {"files:admin": ["files:read"]}
//	}
//
// It is strict: unknown or repeated members, members in another case, and
// every error New reports are refused with the line they are on.
func ParseJSON(data []byte) (*Policy, error) {
	var fc fileConfig
	if err := json.Unmarshal(data, &fc, json.RejectUnknownMembers(true)); err != nil {
		return nil, fmt.Errorf("policy file: %s: %w", at(data, errorOffset(err)), err)
	}
	cfg := Config{DefaultAllow: fc.DefaultAllow, Implies: fc.Implies}
	for _, r := range fc.Rules {
		cfg.Rules = append(cfg.Rules, Rule{Name: r.Name, Methods: r.Methods, Tools: r.Tools, Resources: r.Resources, Prompts: r.Prompts, Public: r.Public, Deny: r.Deny, Scopes: r.Scopes, AnyOf: r.AnyOf})
	}
	if _, err := New(Config{Implies: cfg.Implies}); err != nil {
		return nil, fmt.Errorf("policy file: %s: %w", at(data, memberOffset(data, "implies", -1)), err)
	}
	names := map[string]bool{}
	for i, r := range cfg.Rules {
		if r.Name == "" {
			r.Name = fmt.Sprintf("rule %d", i+1)
		}
		err := error(nil)
		if names[r.Name] {
			err = fmt.Errorf("rule name %q appears twice", r.Name)
		} else if _, err = compile(r); err == nil {
			names[r.Name] = true
			continue
		}
		return nil, fmt.Errorf("policy file: %s: %s: %w", at(data, memberOffset(data, "rules", i)), r.Name, err)
	}
	return New(cfg)
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
