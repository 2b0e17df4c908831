package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/term"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/verify"
	"github.com/pinatascan/pinatascan/scanner"
)

var decodeCommand = &Command{
	Name:    "decode",
	Args:    "[flags] [JWT|-]",
	Summary: "show what a Pinata JWT holds: key id, owner, pin policy, expiry",
	Help: `Decodes a Pinata JWT without checking its signature (Pinata signs with a
server-side key) and prints its API key id, owner id, e-mail address
(masked unless --no-redact), pin policy, when it was issued or expires, and
whether it has expired. The secret it carries is never printed.

The JWT is read from standard input when the argument is - or missing;
prefer that to passing it as an argument, which shell history and the
process list keep. On a terminal, decode asks for it and reads one line
without showing it. Given an API key, a secret or a gateway token instead,
it says which it is (there is nothing in them to decode). What usually surrounds a pasted JWT is ignored: space,
quotes, "Bearer ", "PINATA_JWT=".

With --verify, also asks Pinata whether the key still works, with one GET
of /data/testAuthentication (read-only; see 'pinatascan scan --help').

Exit codes:
  0  decoded; with --verify, Pinata says the key is revoked or invalid
  1  with --verify: the key is live (it authenticates, with or without the
     scope of the check); revoke it
  2  not a Pinata JWT, a malformed one, a wrong use of the command, or
     --verify could not get an answer (rate limited, timeout, network)
`,
	Run: runDecode,
}

// maxDecodeInput bounds what decode reads from standard input; a Pinata
// JWT is under 1 KB.
const maxDecodeInput = 64 << 10

func runDecode(ctx context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	var noRedact, doVerify bool
	var apiURL string
	fs.BoolVar(&noRedact, "no-redact", false, "show the e-mail address in full (it is masked by default)")
	fs.BoolVar(&doVerify, "verify", false, "also check with Pinata whether the key is live (one read-only GET)")
	fs.StringVar(&apiURL, "pinata-api-url", verify.DefaultBaseURL, "Pinata API base `URL` for --verify (https, or http on loopback only)")
	args, code, ok := inv.Parse(fs)
	if !ok {
		return code
	}
	if len(args) > 1 {
		return inv.UsageError("want one JWT (or - for standard input), got %d arguments", len(args))
	}
	var checker *verify.Checker
	if doVerify {
		c, err := verify.New(verify.Config{BaseURL: apiURL})
		if err != nil {
			return inv.UsageError("%v", err)
		}
		checker = c
	}

	token := "-"
	if len(args) == 1 {
		token = args[0]
	}
	if token == "-" {
		data, err := readToken(inv)
		if err != nil {
			fmt.Fprintf(inv.Stderr, "pinatascan decode: reading standard input: %s\n", errText(err))
			return exitError
		}
		if len(data) > maxDecodeInput {
			fmt.Fprintln(inv.Stderr, "pinatascan decode: standard input is far larger than a JWT")
			return exitError
		}
		token = string(data)
	}
	token = cleanToken(token)
	if token == "" {
		return inv.UsageError("no JWT given")
	}
	if what := notAJWT(token); what != "" {
		fmt.Fprintf(inv.Stderr, "pinatascan decode: %s\n", what)
		return exitError
	}
	info, err := scanner.ParseJWT(token)
	if err != nil {
		// The parser's errors describe the token's shape, never its content.
		if errors.Is(err, scanner.ErrNotPinataJWT) {
			fmt.Fprintln(inv.Stderr, "pinatascan decode: not a Pinata JWT (its claims are not a Pinata API key's)")
		} else {
			fmt.Fprintf(inv.Stderr, "pinatascan decode: %s\n", errText(err))
		}
		return exitError
	}

	now := time.Now()
	tw := tabwriter.NewWriter(inv.Stdout, 0, 0, 2, ' ', 0)
	for _, row := range decodeRows(info, now, noRedact) {
		fmt.Fprintf(tw, "%s:\t%s\n", row[0], row[1])
	}
	code = exitClean
	if checker != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan decode: checking with GET %s\n", checker.URL())
		res := []result.Result{{Finding: scanner.Finding{Kind: scanner.KindJWT, Value: token, KeyID: info.KeyID, JWT: info}}}
		_ = checker.Fill(ctx, res) // a canceled check says so in its reason
		v := res[0].Verification
		fmt.Fprintf(tw, "status:\t%s (%s)\n", v.Status, quote.Safe(v.Reason))
		switch verify.Status(v.Status) {
		case verify.Live, verify.LiveNoScope:
			code = exitFindings
		case verify.Revoked, verify.Invalid:
		default:
			code = exitError
		}
		fmt.Fprintf(tw, "next step:\t%s\n", report.Remedy(&res[0]))
	} else {
		fmt.Fprintf(tw, "next step:\t%s\n", report.Remedy(&result.Result{Finding: scanner.Finding{Kind: scanner.KindJWT, KeyID: info.KeyID}}))
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan decode: %s\n", errText(err))
		return exitError
	}
	return code
}

// readToken reads the JWT from standard input. On a terminal it says it
// is waiting, and reads one line without echoing it, as a password prompt
// does, so the token stays off the screen and the scrollback.
func readToken(inv *Invocation) ([]byte, error) {
	if f, ok := inv.Stdin.(*os.File); ok && isTerminalFile(f) {
		fmt.Fprint(inv.Stderr, "pinatascan decode: paste the JWT and press Enter (it is not shown): ")
		line, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(inv.Stderr)
		return line, err
	}
	return io.ReadAll(io.LimitReader(inv.Stdin, maxDecodeInput+1))
}

// notAJWT says what token is when it is no JWT at all but another Pinata
// credential (or nothing like one), without echoing it; "" when it has a
// JWT's three parts.
func notAJWT(token string) string {
	if strings.Count(token, ".") == 2 {
		return ""
	}
	switch {
	case scanner.ValidKeyID(token):
		return "this is a Pinata API key (20 hex characters: the key id, the public half), not a JWT; there is nothing in it to decode. " +
			"To check whether it works, scan the file that holds it and its secret with --verify"
	case len(token) == 64 && isHex(token):
		return "this looks like a Pinata API secret (64 hex characters), not a JWT; there is nothing in it to decode. " +
			"Revoke the API key it belongs to in the Pinata dashboard (API Keys)"
	case len(token) == 64 && strings.Trim(token, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == "":
		return "this looks like a dedicated-gateway access token (64 characters), not a JWT; there is nothing in it to decode"
	}
	return "not a JWT: a JWT is three base64url parts joined by dots (eyJ….eyJ….…)"
}

func isHex(s string) bool {
	return strings.Trim(s, "0123456789abcdefABCDEF") == ""
}

// cleanToken takes the JWT out of what usually surrounds one pasted from
// code or a header: space, quotes, "Bearer ", "NAME=" or "Authorization:".
// A JWT holds no space, quote or "=", so the last such field is the token.
func cleanToken(s string) string {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return ""
	}
	t := strings.Trim(fields[len(fields)-1], "\"'`,;")
	if i := strings.LastIndexByte(t, '='); i >= 0 {
		t = strings.Trim(t[i+1:], "\"'`")
	}
	return t
}

// decodeRows lists what the JWT tells its owner, in print order. Every
// claim is quoted when it could act on a terminal (quote.Safe): a JWT is
// content, and anyone can sign one.
func decodeRows(info *scanner.JWTInfo, now time.Time, noRedact bool) [][2]string {
	email := info.Email
	switch {
	case email == "":
		email = "(none)"
	case !noRedact:
		email = quote.Safe(scanner.MaskEmail(email))
	default:
		email = quote.Safe(email)
	}
	if info.Email != "" && info.EmailVerified {
		email += " (verified)"
	}
	owner := quote.Safe(info.UserID)
	if owner == "" {
		owner = "(none)"
	}
	var regions []string
	for _, r := range info.PinPolicy {
		regions = append(regions, fmt.Sprintf("%s ×%d", quote.Safe(r.ID), r.DesiredReplicationCount))
	}
	policy := strings.Join(regions, ", ")
	if policy == "" {
		policy = "(none)"
	}
	keyID := info.KeyID
	if !scanner.ValidKeyID(keyID) {
		keyID = quote.Safe(keyID) + " (not a Pinata key id: 20 lowercase hex)"
	}
	rows := [][2]string{
		{"key id", keyID},
		{"owner id", owner},
		{"e-mail", email},
		{"pin policy", policy},
	}
	if !info.IssuedAt.IsZero() {
		rows = append(rows, [2]string{"issued", info.IssuedAt.UTC().Format(time.RFC3339)})
	}
	expired := "no"
	if info.ExpiresAt.IsZero() {
		rows = append(rows, [2]string{"expires", "never (no exp claim)"})
	} else {
		rows = append(rows, [2]string{"expires", info.ExpiresAt.UTC().Format(time.RFC3339)})
		if info.Expired(now) {
			expired = "yes (the JWT no longer works, but the key and secret it carries may)"
		}
	}
	return append(rows, [2]string{"expired", expired})
}
