package apikey

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

// DefaultPrefix is the key prefix used when none is configured.
const DefaultPrefix = "mcp"

// Lengths of the parts of a key, in base62 characters.
const (
	idLen       = 12 // public key id: about 71 bits, unique per store
	secretLen   = 32 // about 190 bits from crypto/rand
	checksumLen = 6  // CRC-32 of everything before it
	tailLen     = secretLen + checksumLen
)

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// ErrMalformed is the cause when a string is not a well-formed key of the
// expected prefix, including a failed checksum. Such keys are rejected
// without a store lookup.
var ErrMalformed = errors.New("apikey: malformed key")

// ValidatePrefix reports whether prefix can prefix keys: 1 to 16 characters,
// a lowercase letter followed by lowercase letters and digits.
func ValidatePrefix(prefix string) error {
	if len(prefix) == 0 || len(prefix) > 16 || prefix[0] < 'a' || prefix[0] > 'z' {
		return fmt.Errorf("apikey: prefix %q must be 1-16 lowercase letters and digits, starting with a letter", prefix)
	}
	for i := 1; i < len(prefix); i++ {
		if c := prefix[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return fmt.Errorf("apikey: prefix %q must be 1-16 lowercase letters and digits, starting with a letter", prefix)
		}
	}
	return nil
}

// Generate returns a new key and its public id. A key reads
//
//	<prefix>_<id>_<secret><checksum>
//
// for example mcp_3kTMd8qLxW2b_Zk9…Qw4Rt1Xy. The id (12 base62 characters)
// finds the key's record and may be shown and logged; the secret (32
// characters from crypto/rand, about 190 bits) is what makes the key hard to
// guess; the checksum (CRC-32 in 6 characters) lets [ParseID] — and secret
// scanners — reject a mistyped or made-up key without a store lookup.
// Underscores, not dashes, separate the parts so that a double-click selects
// the whole key.
//
// The key is shown to its owner once; only [Hash] of it is stored.
func Generate(prefix string) (key, id string, err error) {
	if err := ValidatePrefix(prefix); err != nil {
		return "", "", err
	}
	rnd, err := randomBase62(idLen + secretLen)
	if err != nil {
		return "", "", fmt.Errorf("apikey: reading randomness: %w", err)
	}
	id = rnd[:idLen]
	body := prefix + "_" + id + "_" + rnd[idLen:]
	return body + checksum(body), id, nil
}

// ParseID checks that key is a well-formed key with the given prefix and an
// intact checksum, and returns its id. Errors wrap [ErrMalformed] and never
// contain the key.
func ParseID(key, prefix string) (string, error) {
	// prefix _ id _ tail
	if len(key) != len(prefix)+2+idLen+tailLen ||
		!strings.HasPrefix(key, prefix) || key[len(prefix)] != '_' || key[len(prefix)+1+idLen] != '_' {
		return "", ErrMalformed
	}
	id := key[len(prefix)+1 : len(prefix)+1+idLen]
	tail := key[len(key)-tailLen:]
	if !isBase62(id) || !isBase62(tail) {
		return "", ErrMalformed
	}
	body := key[:len(key)-checksumLen]
	if checksum(body) != key[len(key)-checksumLen:] {
		return "", fmt.Errorf("%w: checksum mismatch", ErrMalformed)
	}
	return id, nil
}

// Hash returns the SHA-256 digest of key: the only form in which a key is
// stored.
func Hash(key string) []byte {
	sum := sha256.Sum256([]byte(key))
	return sum[:]
}

// HashWithPepper returns HMAC-SHA256(pepper, key), or Hash(key) when pepper
// is empty. A pepper is a server-side secret kept out of the database (in
// the environment, a secret manager): a stolen table of hashes is then
// useless without it. Every key of a store must be hashed the same way.
func HashWithPepper(key string, pepper []byte) []byte {
	if len(pepper) == 0 {
		return Hash(key)
	}
	m := hmac.New(sha256.New, pepper)
	m.Write([]byte(key))
	return m.Sum(nil)
}

// Redact returns key with its secret replaced by "…", for display.
func Redact(key string) string {
	if i := strings.LastIndexByte(key, '_'); i >= 0 {
		return key[:i+1] + "…"
	}
	return "…"
}

func checksum(body string) string {
	c := crc32.ChecksumIEEE([]byte(body))
	var out [checksumLen]byte
	for i := checksumLen - 1; i >= 0; i-- {
		out[i] = base62[c%62]
		c /= 62
	}
	return string(out[:])
}

func isBase62(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// randomBase62 returns n uniformly random base62 characters.
func randomBase62(n int) (string, error) {
	out := make([]byte, 0, n)
	buf := make([]byte, n+n/4+8)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			return "", err
		}
		for _, b := range buf {
			if b < 248 { // 248 = 4*62: rejection keeps every character equally likely
				out = append(out, base62[b%62])
				if len(out) == n {
					break
				}
			}
		}
	}
	return string(out), nil
}
