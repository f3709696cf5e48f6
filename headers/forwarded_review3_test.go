package headers

import (
	"net/http"
	"testing"
)

// TestForwardedCredentialsAreHidden_review3: the package promises "every
// credential removed". Reverse proxies that authenticate in front of an
// MCP server pass the caller's token upstream in headers of their own:
// oauth2-proxy (--pass-access-token) in X-Forwarded-Access-Token and
// X-Auth-Request-Access-Token, Google's ESP/Cloud Endpoints and API
// Gateway the original Authorization in X-Forwarded-Authorization, AWS
// ALB the OIDC tokens in X-Amzn-Oidc-Accesstoken and X-Amzn-Oidc-Data.
// FromHeader shows all of them to tools. (Not a regression: the list was
// never there.)
func TestForwardedCredentialsAreHidden_review3(t *testing.T) {
	h := http.Header{}
	for _, name := range []string{
		"X-Forwarded-Access-Token", "X-Auth-Request-Access-Token", "X-Forwarded-Authorization",
		"X-Amzn-Oidc-Accesstoken", "X-Amzn-Oidc-Data",
	} {
		h.Set(name, "secret")
	}
	for name := range FromHeader(h) {
		t.Errorf("a tool sees %s, a forwarded credential", name)
	}
}
