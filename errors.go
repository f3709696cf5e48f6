package mcpauth

import "errors"

// The kinds of authentication outcome an [Authenticator] reports. Wrap them
// (with [Error] or fmt.Errorf("...: %w", kind)) so that errors.Is finds them;
// the gate maps each kind to one HTTP response.
var (
	// ErrNoCredential: the request carries no credential this authenticator
	// recognises. The gate tries the next authenticator, and answers 401
	// without an error code if none recognises one.
	ErrNoCredential = errors.New("mcpauth: no credential")

	// ErrInvalidCredential: a credential was presented and is not valid —
	// malformed, unknown, expired, revoked, bad signature, wrong audience.
	// The gate answers 401 with error="invalid_token".
	ErrInvalidCredential = errors.New("mcpauth: invalid credential")

	// ErrInvalidRequest: the request presents credentials in a way that is
	// not allowed (several at once, or in the query string). The gate answers
	// 400 with error="invalid_request".
	ErrInvalidRequest = errors.New("mcpauth: invalid authentication request")

	// ErrInsufficientScope: the credential is valid but lacks a scope the
	// resource requires. The gate answers 403 with
	// error="insufficient_scope".
	ErrInsufficientScope = errors.New("mcpauth: insufficient scope")

	// ErrForbidden: the Authorizer denies the operation to everyone (or
	// it does not exist). The gate answers 403 without a challenge: no
	// token would help.
	ErrForbidden = errors.New("mcpauth: operation not allowed")

	// ErrUnavailable: the credential could not be checked because a backing
	// service (key store, JWKS endpoint, introspection endpoint) failed. The
	// gate answers 503: never 401, which would make clients discard a good
	// credential, and never a pass.
	ErrUnavailable = errors.New("mcpauth: authentication backend unavailable")
)

// Error is an authentication failure with a description that is safe to send
// to the client. Authenticators return it through [InvalidCredential],
// [InvalidRequest] and [Unavailable].
//
// errors.Is(err, Kind) and errors.Is(err, <anything Err wraps>) both hold, so
// callers can match the outcome (ErrInvalidCredential) and the precise cause
// (say, jwtauth.ErrTokenExpired) on the same value.
type Error struct {
	// Kind is one of ErrInvalidCredential, ErrInvalidRequest,
	// ErrInsufficientScope or ErrUnavailable.
	Kind error
	// Description is sent to the client as error_description. It must never
	// contain the credential or anything derived from it beyond a key id.
	Description string
	// Err is the underlying cause, for logs and errors.Is; never sent.
	Err error
	// Scopes, if set, are the scopes the challenge names instead of the
	// endpoint's RequiredScopes: what the refused operations need.
	Scopes []string
}

// Error returns "kind: description: cause", leaving out empty parts.
func (e *Error) Error() string {
	if e == nil {
		return "mcpauth: <nil error>"
	}
	s := "mcpauth: authentication failed"
	if e.Kind != nil {
		s = e.Kind.Error()
	}
	if e.Description != "" {
		s += ": " + e.Description
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Is reports whether target is e's Kind.
func (e *Error) Is(target error) bool { return e != nil && target != nil && target == e.Kind }

// Unwrap returns the cause.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// InvalidCredential returns an error of kind [ErrInvalidCredential].
// description is shown to the client; cause (which may be nil) is not.
func InvalidCredential(description string, cause error) error {
	return &Error{Kind: ErrInvalidCredential, Description: description, Err: cause}
}

// InvalidRequest returns an error of kind [ErrInvalidRequest].
func InvalidRequest(description string, cause error) error {
	return &Error{Kind: ErrInvalidRequest, Description: description, Err: cause}
}

// Unavailable returns an error of kind [ErrUnavailable].
func Unavailable(description string, cause error) error {
	return &Error{Kind: ErrUnavailable, Description: description, Err: cause}
}

// description returns the client-safe description carried by err, or def.
func description(err error, def string) string {
	var e *Error
	if errors.As(err, &e) && e.Description != "" {
		return e.Description
	}
	return def
}
