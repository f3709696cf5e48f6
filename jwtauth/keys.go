package jwtauth

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/lestrrat-go/jwx/v3/jwk"
)

// minRSABits is the smallest RSA modulus accepted for verification (RFC 7518
// §3.3 requires 2048).
const minRSABits = 2048

// maxJWKSFileBytes bounds what ReadJWKSFile reads.
const maxJWKSFileBytes = 1 << 20

// Key is one public verification key, as a KeySource gives it.
type Key struct {
	// KeyID is the key's "kid": a token naming another kid is never
	// checked against it. Empty: a candidate for any token.
	KeyID string
	// Algorithm, if set, is the only "alg" the key verifies (the JWK's
	// "alg" member); it must fit the key's type.
	Algorithm string
	// Public is an *rsa.PublicKey (2048 bits or more), *ecdsa.PublicKey
	// (P-256, P-384, P-521) or ed25519.PublicKey; a key of another type,
	// or one that is incomplete or too weak, verifies nothing.
	Public crypto.PublicKey
}

// compatible reports whether the key may verify a signature made with alg.
func (k *Key) compatible(alg string) bool {
	if k.Algorithm != "" && k.Algorithm != alg {
		return false
	}
	switch pub := k.Public.(type) {
	case *rsa.PublicKey:
		switch alg {
		case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512":
			return true
		}
	case *ecdsa.PublicKey:
		switch alg {
		case "ES256":
			return pub.Curve == elliptic.P256()
		case "ES384":
			return pub.Curve == elliptic.P384()
		case "ES512":
			return pub.Curve == elliptic.P521()
		}
	case ed25519.PublicKey:
		return alg == "EdDSA" || alg == "Ed25519"
	}
	return false
}

// KeySource supplies the keys tokens are verified with: [KeySet] is the
// static one, [RemoteJWKS] the one that follows an identity provider's
// JWK Set; implement it for keys kept elsewhere (Vault, a KMS).
type KeySource interface {
	// Keys returns the keys that may have signed a token with this kid
	// (every key when kid is empty); the caller does not modify them.
	// None (and no error) refuses the token as signed by an unknown key
	// (401). An error means the keys cannot be had now: the request gets
	// 503, never a pass; wrap mcpauth.ErrUnavailable, or return ctx's
	// error when it is done. Keys is called for every token not answered
	// from the verified-token cache, concurrently: keep it fast.
	Keys(ctx context.Context, kid string) ([]*Key, error)
}

// KeySet is a fixed set of public verification keys. It is immutable and
// safe for concurrent use.
type KeySet struct {
	all   []*Key
	byKID map[string][]*Key
	noKID []*Key // keys without a kid: candidates for any token
}

// ErrNoUsableKeys is returned when a key set holds no key that can verify
// signatures.
var ErrNoUsableKeys = errors.New("jwtauth: no usable verification keys")

// Keys implements KeySource: the keys that may verify a token with kid.
func (s *KeySet) Keys(_ context.Context, kid string) ([]*Key, error) {
	found, _ := s.lookup(kid)
	return found, nil
}

// checkKeySource reports why ks cannot verify any token, as the end of a
// sentence starting with the field's name, or nil.
func checkKeySource(ks KeySource) error {
	switch s := ks.(type) {
	case nil:
		return errors.New("is nil")
	case *KeySet:
		switch {
		case s == nil:
			return errors.New("is a nil *KeySet (was the error of StaticKey, ParseJWKS or ReadJWKSFile ignored?)")
		case len(s.all) == 0:
			return fmt.Errorf("is an empty KeySet: %w", ErrNoUsableKeys)
		}
	case *RemoteJWKS:
		switch {
		case s == nil:
			return errors.New("is a nil *RemoteJWKS (was the error of NewRemoteJWKS ignored?)")
		case s.res == nil:
			return errors.New("is a RemoteJWKS not created with NewRemoteJWKS")
		case s.runCtx.Err() != nil:
			return errors.New("is a closed RemoteJWKS")
		}
	}
	return nil
}

// lookup returns the keys that may verify a token with kid — those with
// that kid, else those with no kid (a key published without a kid may sign
// tokens that carry one); every key when kid is empty — and whether the
// match was exact (kid empty, or keys with that very kid).
func (s *KeySet) lookup(kid string) (keys []*Key, exact bool) {
	if s == nil {
		return nil, false
	}
	if kid == "" {
		return s.all, true
	}
	if found := s.byKID[kid]; len(found) > 0 {
		return found, true
	}
	return s.noKID, false
}

// has reports whether the set has a key with exactly this kid (any key,
// when kid is empty).
func (s *KeySet) has(kid string) bool {
	_, exact := s.lookup(kid)
	return exact && (kid != "" || len(s.all) > 0)
}

// Len returns the number of usable keys in the set: 0 for the zero value
// and nil, which verify nothing (New refuses them).
func (s *KeySet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.all)
}

// Ready implements mcpauth.Checker: a static set is ready when it holds a
// usable key, always. The zero value, nil and an empty set are not (New
// refuses them too).
func (s *KeySet) Ready(context.Context) error {
	if s.Len() == 0 {
		return fmt.Errorf("jwtauth: the KeySet is empty or nil: %w", ErrNoUsableKeys)
	}
	return nil
}

// NewKeySet returns the usable public keys of set. Keys are skipped, not
// fatal, when they cannot verify signatures here: symmetric ("oct") keys —
// a public key set must never let a token pick HMAC —, keys whose "use" is
// not "sig", key types this package does not support, and RSA keys shorter
// than 2048 bits. Private keys are reduced to their public half. It fails
// with ErrNoUsableKeys when nothing is left, and refuses a nil set.
func NewKeySet(set jwk.Set) (*KeySet, error) {
	if set == nil {
		return nil, errors.New("jwtauth: NewKeySet: set is nil")
	}
	ks := &KeySet{byKID: make(map[string][]*Key)}
	for i := 0; i < set.Len(); i++ {
		key, ok := set.Key(i)
		if !ok {
			continue
		}
		vk, err := fromJWK(key)
		if err != nil {
			continue
		}
		ks.add(vk)
	}
	if len(ks.all) == 0 {
		return nil, ErrNoUsableKeys
	}
	return ks, nil
}

// StaticKey returns a KeySet holding one public key (an *rsa.PublicKey,
// *ecdsa.PublicKey or ed25519.PublicKey). kid, if not empty, must match the
// token's "kid" header; if empty, the key is tried for every token. alg, if
// not empty, restricts the key to that algorithm, which must be one of
// DefaultAlgorithms and fit the key ("Ed25519" is read as "EdDSA"). A nil
// key, or one that could never verify a signature, is refused.
func StaticKey(pub crypto.PublicKey, kid, alg string) (*KeySet, error) {
	if pub == nil {
		return nil, errors.New("jwtauth: StaticKey: pub is nil")
	}
	if err := checkPublicKey(pub); err != nil {
		return nil, err
	}
	if alg == "Ed25519" { // RFC 9864's name for EdDSA over Ed25519
		alg = "EdDSA"
	}
	vk := &Key{KeyID: kid, Algorithm: alg, Public: pub}
	if alg != "" {
		if !slices.Contains(DefaultAlgorithms, alg) {
			return nil, fmt.Errorf("jwtauth: StaticKey: alg %q is not allowed (asymmetric signature algorithms only)", alg)
		}
		if !vk.compatible(alg) {
			return nil, fmt.Errorf("jwtauth: StaticKey: alg %q does not fit a %T", alg, pub)
		}
	}
	ks := &KeySet{byKID: make(map[string][]*Key)}
	ks.add(vk)
	return ks, nil
}

// ReadJWKSFile reads a JWK Set (RFC 7517) from a local file; see NewKeySet for
// which keys are kept.
func ReadJWKSFile(path string) (*KeySet, error) {
	if path == "" {
		return nil, errors.New("jwtauth: ReadJWKSFile: path is empty")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("jwtauth: reading JWKS file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxJWKSFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("jwtauth: reading JWKS file: %w", err)
	}
	if len(data) > maxJWKSFileBytes {
		return nil, fmt.Errorf("jwtauth: JWKS file %s is larger than %d bytes", path, maxJWKSFileBytes)
	}
	return ParseJWKS(data)
}

// ParseJWKS parses a JWK Set document; see NewKeySet for which keys are kept.
// Each key is parsed on its own, so one key this package cannot use (an
// unknown "kty", a short RSA modulus) does not discard the others.
func ParseJWKS(data []byte) (*KeySet, error) {
	if len(data) == 0 {
		return nil, errors.New("jwtauth: ParseJWKS: data is empty")
	}
	var doc struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("jwtauth: parsing JWKS: %w", err)
	}
	if doc.Keys == nil {
		return nil, errors.New(`jwtauth: parsing JWKS: no "keys" array`)
	}
	set := jwk.NewSet()
	for _, raw := range doc.Keys {
		key, err := jwk.ParseKey(raw)
		if err != nil {
			continue
		}
		_ = set.AddKey(key)
	}
	return NewKeySet(set)
}

func (s *KeySet) add(vk *Key) {
	s.all = append(s.all, vk)
	if vk.KeyID != "" {
		s.byKID[vk.KeyID] = append(s.byKID[vk.KeyID], vk)
	} else {
		s.noKID = append(s.noKID, vk)
	}
}

func fromJWK(key jwk.Key) (*Key, error) {
	if use, ok := key.KeyUsage(); ok && use != "sig" {
		return nil, fmt.Errorf("key use %q", use)
	}
	pubKey, err := jwk.PublicKeyOf(key)
	if err != nil {
		return nil, err
	}
	var raw any
	if err := jwk.Export(pubKey, &raw); err != nil {
		return nil, err
	}
	if err := checkPublicKey(raw); err != nil {
		return nil, err
	}
	vk := &Key{Public: raw}
	vk.KeyID, _ = key.KeyID()
	if alg, ok := key.Algorithm(); ok {
		vk.Algorithm = alg.String()
		if vk.Algorithm == "Ed25519" { // RFC 9864's name for EdDSA over Ed25519
			vk.Algorithm = "EdDSA"
		}
		if !vk.compatible(vk.Algorithm) {
			return nil, fmt.Errorf("key alg %q does not fit its key type", vk.Algorithm)
		}
	}
	return vk, nil
}

// checkPublicKey accepts the asymmetric public key types verification
// supports.
func checkPublicKey(pub any) error {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		if k == nil || k.N == nil || k.E < 2 {
			return errors.New("jwtauth: nil or incomplete RSA public key")
		}
		if k.N.BitLen() < minRSABits {
			return fmt.Errorf("jwtauth: RSA key of %d bits is shorter than %d", k.N.BitLen(), minRSABits)
		}
	case *ecdsa.PublicKey:
		if k == nil || k.X == nil || k.Y == nil {
			return errors.New("jwtauth: nil or incomplete ECDSA public key")
		}
		switch k.Curve {
		case elliptic.P256(), elliptic.P384(), elliptic.P521():
		default:
			return errors.New("jwtauth: unsupported elliptic curve")
		}
		if _, err := k.ECDH(); err != nil {
			return fmt.Errorf("jwtauth: invalid ECDSA public key: %w", err)
		}
	case ed25519.PublicKey:
		if len(k) != ed25519.PublicKeySize {
			return errors.New("jwtauth: bad Ed25519 public key")
		}
	default:
		return fmt.Errorf("jwtauth: unsupported key type %T", pub)
	}
	return nil
}
