package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

const policyUsage = `Usage:
  mcpauth policy check   FILE
  mcpauth policy explain FILE (--subject S [--scopes "a b"] [--claims JSON] | --anonymous) [--args JSON] METHOD [NAME]

check reads a policy file (.json, .yaml or .yml) as the server would and
reports the first error with its line. explain says how the policy decides
one operation for one caller: which rule, what it needs, what is missing.

  mcpauth policy explain policy.yaml --subject alice --scopes files:read tools/call delete_file
`

// loader reads policy files as a server built with this module does: CEL
// conditions in "when".
var loader = policy.Loader{Conditions: policyConditions}

// runPolicy runs "mcpauth policy check|explain".
func runPolicy(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, policyUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	var err error
	switch args[0] {
	case "check":
		err = policyCheck(args[1:], stdout)
	case "explain":
		err = policyExplain(args[1:], stdout, stderr)
	default:
		err = usagef("unknown command %q", args[0])
	}
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "mcpauth policy %s: %v\n\n%s", args[0], err, policyUsage)
		return exitUsage
	}
	fmt.Fprintf(stderr, "mcpauth policy %s: %v\n", args[0], err)
	return exitFail
}

func policyCheck(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usagef("want one FILE")
	}
	if _, err := loader.File(args[0]); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok\n", args[0])
	return nil
}

func policyExplain(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("mcpauth policy explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	subject := fs.String("subject", "", "the caller's subject")
	issuer := fs.String("issuer", "", "the caller's issuer (a JWT's iss)")
	method := fs.String("auth", string(mcpctx.MethodJWT), "how the caller authenticated: jwt, apikey or introspection")
	scopes := fs.String("scopes", "", "the caller's scopes, space-separated")
	claims := fs.String("claims", "", "the caller's claims, a JSON object (for conditions)")
	anonymous := fs.Bool("anonymous", false, "the caller sends no credential")
	arguments := fs.String("args", "", "the call's arguments, a JSON object (for conditions)")
	// Flags may come before, between or after the operands.
	var operands []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		if rest = fs.Args(); len(rest) == 0 {
			break
		}
		operands, rest = append(operands, rest[0]), rest[1:]
	}
	if len(operands) < 2 || len(operands) > 3 {
		return usagef("want FILE METHOD [NAME]")
	}
	file, op := operands[0], &operation.Op{Kind: operation.Call, Method: operands[1]}
	if len(operands) == 3 {
		op.Name = operands[2]
	}
	if err := policy.CheckMethod(op.Method); err != nil {
		return usageError{err}
	}
	// resources/subscribe and resources/unsubscribe without a URI are
	// what the gate decides on protocol 2026-07-28, which removed them.
	removed := op.Name == "" && (op.Method == "resources/subscribe" || op.Method == "resources/unsubscribe")
	if operation.Named(op.Method) != (op.Name != "") && !removed {
		if op.Name == "" {
			return usagef("%s acts on a NAME (a tool, prompt or resource URI)", op.Method)
		}
		return usagef("%s takes no NAME", op.Method)
	}
	if strings.HasPrefix(op.Method, "notifications/") {
		op.Kind = operation.Notification
	}
	if *arguments != "" {
		var obj map[string]any
		if err := json.Unmarshal([]byte(*arguments), &obj); err != nil || obj == nil {
			return usagef("--args: want a JSON object")
		}
		op.Arguments = []byte(*arguments)
	}
	var p *mcpctx.Principal
	switch {
	case *anonymous && (*subject != "" || *scopes != "" || *claims != ""):
		return usagef("--anonymous: a caller without a credential has no subject, scopes or claims")
	case *anonymous:
	case *subject == "":
		return usagef("say who calls: --subject S, or --anonymous")
	case *method != string(mcpctx.MethodJWT) && *method != string(mcpctx.MethodAPIKey) && *method != string(mcpctx.MethodIntrospection):
		return usagef("--auth %q: want jwt, apikey or introspection (a caller without a credential is --anonymous)", *method)
	default:
		p = &mcpctx.Principal{Subject: *subject, Issuer: *issuer, Method: mcpctx.Method(*method), Scopes: strings.Fields(*scopes)}
		if *claims != "" {
			if err := json.Unmarshal([]byte(*claims), &p.Claims); err != nil || p.Claims == nil {
				return usagef("--claims: want a JSON object")
			}
		}
	}
	pol, err := loader.File(file)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, pol.Explain(p, op))
	return nil
}
