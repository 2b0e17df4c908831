package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

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
process list keep. What usually surrounds a pasted JWT is ignored: space,
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
		data, err := io.ReadAll(io.LimitReader(inv.Stdin, maxDecodeInput+1))
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
