// Command mcpauth manages the API keys of an mcpauth-protected server.
//
//	mcpauth keys create  --subject alice --scopes "tools read" --expires 720h
//	mcpauth keys list    [--subject alice] [--all] [--json]
//	mcpauth keys revoke  KEY_ID
//	mcpauth keys rotate  KEY_ID [--grace 24h]
//	mcpauth keys migrate
//
// Every command takes --store URL (or $MCPAUTH_STORE): sqlite:PATH,
// postgres://…, redis://… (see package apikey/storeurl); memory: is
// refused, since nothing in it would outlive the command. Without one it
// uses the SQLite file the example server uses by default. A pepper, if
// the server uses one, comes from $MCPAUTH_PEPPER — never from a flag,
// which would end up in shell history.
//
// A created or rotated key is printed once, alone on standard output, so
// that KEY=$(mcpauth keys create …) works; everything else goes to
// standard error. Exit status: 0 on success, 1 when the operation failed,
// 2 for a usage error.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storeurl"
	"github.com/mcpauth/mcpauth/ratelimit"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// errUsage marks an error as the user's: exit status 2.
type usageError struct{ error }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

const topUsage = `mcpauth manages the API keys and checks the policies of an mcpauth-protected MCP server.

Usage:
  mcpauth keys create  --subject SUBJECT [--name N] [--scopes "a b"] [--expires 720h|2027-01-31] [--rate-limit 60/m] [--meta k=v]...
  mcpauth keys list    [--subject SUBJECT] [--all] [--json]
  mcpauth keys revoke  KEY_ID
  mcpauth keys rotate  KEY_ID [--grace 24h]
  mcpauth keys migrate
  mcpauth policy check   FILE
  mcpauth policy explain FILE (--subject S [--scopes "a b"] [--claims JSON] | --anonymous) [--args JSON] METHOD [NAME]

Every command takes --store URL (default $MCPAUTH_STORE, else a SQLite file
in the data directory): sqlite:PATH, postgres://…, redis://… — not memory:,
which would be gone, with whatever the command did, when it exits.
Run "mcpauth keys COMMAND --help" for a command's flags.
`

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, topUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "policy" {
		return runPolicy(args[1:], stdout, stderr)
	}
	if args[0] != "keys" || len(args) < 2 || args[1] == "help" {
		if len(args) == 2 && args[1] == "help" {
			fmt.Fprint(stderr, topUsage)
			return exitOK
		}
		fmt.Fprint(stderr, topUsage)
		return exitUsage
	}
	cmd, ok := commands[args[1]]
	if !ok {
		if args[1] == "-h" || args[1] == "--help" {
			fmt.Fprint(stderr, topUsage)
			return exitOK
		}
		fmt.Fprintf(stderr, "mcpauth: unknown command %q\n\n%s", args[1], topUsage)
		return exitUsage
	}
	err := cmd(ctx, env{cmd: args[1], args: args[2:], getenv: getenv, stdout: stdout, stderr: stderr})
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "mcpauth keys %s: %v\n", args[1], err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "mcpauth keys %s: %v\n", args[1], err)
		return exitFail
	}
}

type env struct {
	cmd            string // "create", "list", …
	args           []string
	getenv         func(string) string
	stdout, stderr io.Writer
}

var commands = map[string]func(context.Context, env) error{
	"create":  cmdCreate,
	"list":    cmdList,
	"revoke":  cmdRevoke,
	"rotate":  cmdRotate,
	"migrate": cmdMigrate,
}

// flags returns a FlagSet with --store, writing its usage to stderr.
func (e env) flags(name, synopsis string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("mcpauth keys "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: mcpauth keys %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	// The default is not shown in --help: $MCPAUTH_STORE may hold a password.
	store := fs.String("store", "", "key store URL: sqlite:PATH, postgres://…, redis://… (default $MCPAUTH_STORE, else the data directory's SQLite file)")
	return fs, store
}

// parse parses flags and returns the positional arguments, which must
// number exactly want (or any, when want < 0).
func parse(fs *flag.FlagSet, args []string, want int) ([]string, error) {
	// Allow flags after positional arguments: "revoke ID --store X".
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err}
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if want >= 0 && len(pos) != want {
		fs.Usage()
		return nil, usagef("expected %d argument(s), got %d", want, len(pos))
	}
	return pos, nil
}

// storeURL is --store, else $MCPAUTH_STORE, else the default SQLite file.
// A memory: store is refused, with memoryUseless's reason.
func (e env) storeURL(flagValue string) (string, error) {
	url, from := flagValue, "--store"
	if url == "" {
		url, from = e.getenv("MCPAUTH_STORE"), "$MCPAUTH_STORE"
	}
	if url == "" {
		return storeurl.DefaultURL(e.getenv)
	}
	if scheme, _, _ := strings.Cut(url, ":"); strings.EqualFold(scheme, "memory") {
		why, ok := memoryUseless[e.cmd]
		if !ok {
			why = "nothing it holds would outlive the command"
		}
		return "", usagef("%s is memory:, a store that lives only as long as this command: %s. "+
			"Give the store the server uses: sqlite:PATH, postgres://… or redis://…", from, why)
	}
	return url, nil
}

// memoryUseless says, for each command, why it is refused on a memory:
// store: one that is this process's own, empty at start, gone at exit, and
// never seen by a server. list is refused too: its answer would always be
// empty, which reads as "the server has no keys".
var memoryUseless = map[string]string{
	"create":  "the key would be lost when mcpauth exits, and no server would ever accept it",
	"list":    "it starts empty, so the list would always be empty, whatever keys your server has",
	"revoke":  "it starts empty, so there is no key to revoke, and no server would see a revocation",
	"rotate":  "it starts empty, so there is no key to rotate, and a new key would be lost when mcpauth exits",
	"migrate": "it needs no migration, and holds nothing that outlives the command",
}

func (e env) open(ctx context.Context, store string) (*storeurl.Store, error) {
	url, err := e.storeURL(store)
	if err != nil {
		return nil, err
	}
	return storeurl.Open(ctx, url)
}

func (e env) pepper() []byte {
	if p := e.getenv("MCPAUTH_PEPPER"); p != "" {
		return []byte(p)
	}
	return nil
}

// multiFlag collects repeated --meta k=v flags.
type multiFlag map[string]string

func (m multiFlag) String() string { return "" }
func (m multiFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" {
		return fmt.Errorf("%q is not key=value", v)
	}
	if norm := strings.ReplaceAll(strings.ToLower(k), "-", "_"); norm == "rate_limit" || norm == "ratelimit" {
		// Metadata is descriptive and never changes a limit; refuse the
		// key rather than store something that looks as if it did.
		return fmt.Errorf("%q: a key's rate limit is set with --rate-limit, not with metadata", k)
	}
	if _, dup := m[k]; dup {
		return fmt.Errorf("%q is given twice", k)
	}
	m[k] = val
	return nil
}

func cmdCreate(ctx context.Context, e env) error {
	fs, store := e.flags("create", "--subject SUBJECT [flags]")
	subject := fs.String("subject", "", "owner the key authenticates as (required)")
	name := fs.String("name", "", "what the key is for, e.g. laptop or ci")
	scopes := fs.String("scopes", "", `scopes granted, separated by spaces or commas ("tools read")`)
	expires := fs.String("expires", "", "expiry: a duration from now (720h) or a date (2027-01-31 or RFC 3339); default never")
	rateLimit := fs.String("rate-limit", "", "per-key rate limit override, e.g. 60/m")
	prefix := fs.String("prefix", apikey.DefaultPrefix, "key prefix")
	meta := multiFlag{}
	fs.Var(meta, "meta", "metadata key=value (repeatable)")
	if _, err := parse(fs, e.args, 0); err != nil {
		return err
	}
	if *subject == "" {
		fs.Usage()
		return usagef("--subject is required")
	}
	exp, err := parseExpiry(*expires, time.Now())
	if err != nil {
		return usageError{err}
	}
	nk := apikey.NewKey{
		Prefix: *prefix, Pepper: e.pepper(), Subject: *subject, Name: *name,
		Scopes:    strings.FieldsFunc(*scopes, func(r rune) bool { return r == ' ' || r == ',' }),
		RateLimit: *rateLimit, ExpiresAt: exp,
	}
	if len(meta) > 0 {
		nk.Metadata = meta
	}
	if err := apikey.ValidatePrefix(nk.Prefix); err != nil {
		return usageError{err}
	}
	for _, sc := range nk.Scopes {
		if !mcpauth.ValidScope(sc) {
			return usagef("--scopes: %q is not a scope token (printable ASCII, no quotes or backslashes)", sc)
		}
	}
	if nk.RateLimit != "" {
		if _, err := ratelimit.ParseLimit(nk.RateLimit); err != nil {
			return usagef("--rate-limit: %v", err)
		}
	}
	s, err := e.open(ctx, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	key, rec, err := apikey.Create(ctx, s, nk)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, key)
	fmt.Fprintf(e.stderr, "Created key %s for %q%s%s in %s.\nThis is the only time the key is shown: store it now.\n",
		rec.ID, rec.Subject, scopeNote(rec.Scopes), expiryNote(rec.ExpiresAt), s.Kind)
	return nil
}

// parseExpiry reads "720h", "2027-01-31" or an RFC 3339 time.
func parseExpiry(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d <= 0 {
			return time.Time{}, fmt.Errorf("--expires %q is not in the future", s)
		}
		return now.Add(d), nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			if !t.After(now) {
				return time.Time{}, fmt.Errorf("--expires %q is not in the future", s)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--expires %q: want a duration (720h) or a date (2027-01-31, RFC 3339)", s)
}

func scopeNote(scopes []string) string {
	if len(scopes) == 0 {
		return ", no scopes"
	}
	return ", scopes " + strings.Join(scopes, " ")
}

func expiryNote(t time.Time) string {
	if t.IsZero() {
		return ", no expiry"
	}
	return ", expires " + t.UTC().Format(time.RFC3339)
}

// keyJSON is how list --json shows a record: never the hash.
type keyJSON struct {
	ID         string            `json:"id"`
	Subject    string            `json:"subject"`
	Name       string            `json:"name,omitempty"`
	Scopes     []string          `json:"scopes"`
	Metadata   map[string]string `json:"metadata,omitempty"`
	RateLimit  string            `json:"rate_limit,omitempty"`
	Status     string            `json:"status"`
	CreatedAt  time.Time         `json:"created_at"`
	ExpiresAt  *time.Time        `json:"expires_at,omitempty"`
	RevokedAt  *time.Time        `json:"revoked_at,omitempty"`
	LastUsedAt *time.Time        `json:"last_used_at,omitempty"`
	ReplacedBy string            `json:"replaced_by,omitempty"`
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func status(r *apikey.Record, now time.Time) string {
	switch {
	case !r.RevokedAt.IsZero() && !now.Before(r.RevokedAt):
		return "revoked"
	case !r.ExpiresAt.IsZero() && !now.Before(r.ExpiresAt):
		return "expired"
	case r.ReplacedBy != "":
		return "rotated"
	case !r.RevokedAt.IsZero() || !r.ExpiresAt.IsZero() && r.ExpiresAt.Sub(now) < 7*24*time.Hour:
		return "expiring"
	}
	return "active"
}

func cmdList(ctx context.Context, e env) error {
	fs, store := e.flags("list", "[flags]")
	subject := fs.String("subject", "", "only this owner's keys")
	all := fs.Bool("all", false, "include revoked and expired keys")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, e.args, 0); err != nil {
		return err
	}
	s, err := e.open(ctx, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	recs, err := s.List(ctx, apikey.Filter{Subject: *subject, Inactive: *all})
	if err != nil {
		return err
	}
	now := time.Now()
	if *asJSON {
		out := make([]keyJSON, 0, len(recs))
		for _, r := range recs {
			scopes := r.Scopes
			if scopes == nil {
				scopes = []string{}
			}
			out = append(out, keyJSON{
				ID: r.ID, Subject: r.Subject, Name: r.Name, Scopes: scopes, Metadata: r.Metadata, RateLimit: r.RateLimit,
				Status: status(r, now), CreatedAt: r.CreatedAt.UTC(), ExpiresAt: optTime(r.ExpiresAt),
				RevokedAt: optTime(r.RevokedAt), LastUsedAt: optTime(r.LastUsedAt), ReplacedBy: r.ReplacedBy,
			})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSUBJECT\tNAME\tSCOPES\tSTATUS\tCREATED\tEXPIRES\tLAST USED")
	day := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.UTC().Format("2006-01-02 15:04")
	}
	for _, r := range recs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Subject, dash(r.Name), dash(strings.Join(r.Scopes, " ")),
			status(r, now), day(r.CreatedAt), day(r.ExpiresAt), day(r.LastUsedAt))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// keyID accepts a key id or, for convenience, a whole key.
func keyID(arg string) (string, error) {
	if i := strings.IndexByte(arg, '_'); i >= 0 {
		prefix := arg[:i]
		if id, err := apikey.ParseID(arg, prefix); err == nil {
			return id, nil
		}
		return "", usagef("%s is neither a key id nor a well-formed key", apikey.Redact(arg))
	}
	if len(arg) != 12 {
		return "", usagef("%q is not a key id (12 characters, as shown by list)", arg)
	}
	return arg, nil
}

func cmdRevoke(ctx context.Context, e env) error {
	fs, store := e.flags("revoke", "KEY_ID")
	pos, err := parse(fs, e.args, 1)
	if err != nil {
		return err
	}
	id, err := keyID(pos[0])
	if err != nil {
		return err
	}
	s, err := e.open(ctx, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Revoke(ctx, id, time.Now()); err != nil {
		if errors.Is(err, apikey.ErrNotFound) {
			return fmt.Errorf("no key with id %s", id)
		}
		return err
	}
	fmt.Fprintf(e.stderr, "Revoked key %s. Servers stop accepting it within their key cache TTL.\n", id)
	return nil
}

func cmdRotate(ctx context.Context, e env) error {
	fs, store := e.flags("rotate", "KEY_ID [--grace 24h]")
	grace := fs.Duration("grace", 24*time.Hour, "how long the old key keeps working (0: revoke it now)")
	prefix := fs.String("prefix", apikey.DefaultPrefix, "prefix of the new key")
	pos, err := parse(fs, e.args, 1)
	if err != nil {
		return err
	}
	id, err := keyID(pos[0])
	if err != nil {
		return err
	}
	if *grace < 0 {
		return usagef("--grace must not be negative")
	}
	s, err := e.open(ctx, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	key, rec, err := apikey.Rotate(ctx, s, id, *grace, apikey.NewKey{Prefix: *prefix, Pepper: e.pepper()})
	if err != nil {
		if errors.Is(err, apikey.ErrNotFound) {
			return fmt.Errorf("no key with id %s", id)
		}
		return err
	}
	fmt.Fprintln(e.stdout, key)
	when := "now"
	if old, err := s.Lookup(ctx, id); err == nil && old.ExpiresAt.After(time.Now()) {
		when = "at " + old.ExpiresAt.UTC().Format(time.RFC3339)
	}
	fmt.Fprintf(e.stderr, "Rotated key %s to %s; the old key stops working %s.\nThis is the only time the new key is shown: store it now.\n", id, rec.ID, when)
	return nil
}

func cmdMigrate(ctx context.Context, e env) error {
	fs, store := e.flags("migrate", "")
	if _, err := parse(fs, e.args, 0); err != nil {
		return err
	}
	url, err := e.storeURL(*store)
	if err != nil {
		return err
	}
	s, err := storeurl.Migrate(ctx, url)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(e.stderr, "The %s key store is ready.\n", s.Kind)
	return nil
}
