package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

// sarifSpec is the part of the OASIS SARIF 2.1.0 schema that covers the
// objects pinatascan writes: for each object, every property the schema
// allows (additionalProperties is false throughout, except in property
// bags) with the definition of its value, and the required ones.
// "[]x" is an array of x; "" is a scalar checked elsewhere.
var sarifSpec = map[string]struct {
	props    map[string]string
	required []string
}{
	"sarifLog": {props: map[string]string{"$schema": "", "version": "", "runs": "[]run", "inlineExternalProperties": "*", "properties": "propertyBag"},
		required: []string{"version", "runs"}},
	"run": {props: map[string]string{"tool": "tool", "invocations": "[]invocation", "conversion": "*", "language": "", "versionControlProvenance": "*",
		"originalUriBaseIds": "*", "artifacts": "*", "logicalLocations": "*", "graphs": "*", "results": "[]result", "automationDetails": "*",
		"runAggregates": "*", "baselineGuid": "", "redactionTokens": "*", "defaultEncoding": "", "defaultSourceLanguage": "", "newlineSequences": "*",
		"columnKind": "", "externalPropertyFileReferences": "*", "threadFlowLocations": "*", "taxonomies": "*", "addresses": "*", "translations": "*",
		"policies": "*", "webRequests": "*", "webResponses": "*", "specialLocations": "*", "properties": "propertyBag"},
		required: []string{"tool"}},
	"tool": {props: map[string]string{"driver": "toolComponent", "extensions": "*", "properties": "propertyBag"}, required: []string{"driver"}},
	"toolComponent": {props: map[string]string{"guid": "", "name": "", "organization": "", "product": "", "productSuite": "",
		"shortDescription": "multiformatMessageString", "fullDescription": "multiformatMessageString", "fullName": "", "version": "",
		"semanticVersion": "", "dottedQuadFileVersion": "", "releaseDateUtc": "", "downloadUri": "", "informationUri": "",
		"globalMessageStrings": "*", "notifications": "*", "rules": "[]reportingDescriptor", "taxa": "*", "locations": "*", "language": "",
		"contents": "*", "isComprehensive": "", "localizedDataSemanticVersion": "", "minimumRequiredLocalizedDataSemanticVersion": "",
		"associatedComponent": "*", "translationMetadata": "*", "supportedTaxonomies": "*", "properties": "propertyBag"},
		required: []string{"name"}},
	"reportingDescriptor": {props: map[string]string{"id": "", "deprecatedIds": "*", "guid": "", "deprecatedGuids": "*", "name": "",
		"deprecatedNames": "*", "shortDescription": "multiformatMessageString", "fullDescription": "multiformatMessageString",
		"messageStrings": "*", "defaultConfiguration": "reportingConfiguration", "helpUri": "", "help": "multiformatMessageString",
		"relationships": "*", "properties": "propertyBag"},
		required: []string{"id"}},
	"multiformatMessageString": {props: map[string]string{"text": "", "markdown": "", "properties": "propertyBag"}, required: []string{"text"}},
	"message":                  {props: map[string]string{"text": "", "markdown": "", "id": "", "arguments": "*", "properties": "propertyBag"}},
	"reportingConfiguration":   {props: map[string]string{"enabled": "", "level": "", "rank": "", "parameters": "*", "properties": "propertyBag"}},
	"invocation": {props: map[string]string{"commandLine": "", "arguments": "*", "responseFiles": "*", "startTimeUtc": "", "endTimeUtc": "",
		"exitCode": "", "ruleConfigurationOverrides": "*", "notificationConfigurationOverrides": "*", "toolExecutionNotifications": "[]notification",
		"toolConfigurationNotifications": "[]notification", "exitCodeDescription": "", "exitSignalName": "", "exitSignalNumber": "",
		"processStartFailureMessage": "", "executionSuccessful": "", "machine": "", "account": "", "processId": "", "executableLocation": "*",
		"workingDirectory": "*", "environmentVariables": "*", "stdin": "*", "stdout": "*", "stderr": "*", "stdoutStderr": "*", "properties": "propertyBag"},
		required: []string{"executionSuccessful"}},
	"notification": {props: map[string]string{"locations": "*", "message": "message", "level": "", "threadId": "", "timeUtc": "",
		"exception": "*", "descriptor": "*", "associatedRule": "*", "properties": "propertyBag"},
		required: []string{"message"}},
	"result": {props: map[string]string{"ruleId": "", "ruleIndex": "", "rule": "*", "kind": "", "level": "", "message": "message",
		"analysisTarget": "*", "locations": "[]location", "guid": "", "correlationGuid": "", "occurrenceCount": "", "partialFingerprints": "*",
		"fingerprints": "*", "stacks": "*", "codeFlows": "*", "graphs": "*", "graphTraversals": "*", "relatedLocations": "*", "suppressions": "*",
		"baselineState": "", "rank": "", "attachments": "*", "hostedViewerUri": "", "workItemUris": "*", "provenance": "*", "fixes": "*",
		"taxa": "*", "webRequest": "*", "webResponse": "*", "properties": "propertyBag"},
		required: []string{"message"}},
	"location": {props: map[string]string{"id": "", "physicalLocation": "physicalLocation", "logicalLocations": "*", "message": "message",
		"annotations": "*", "relationships": "*", "properties": "propertyBag"}},
	"physicalLocation": {props: map[string]string{"address": "*", "artifactLocation": "artifactLocation", "region": "region",
		"contextRegion": "region", "properties": "propertyBag"}},
	"artifactLocation": {props: map[string]string{"uri": "", "uriBaseId": "", "index": "", "description": "message", "properties": "propertyBag"}},
	"region": {props: map[string]string{"startLine": "", "startColumn": "", "endLine": "", "endColumn": "", "charOffset": "", "charLength": "",
		"byteOffset": "", "byteLength": "", "snippet": "*", "message": "message", "sourceLanguage": "", "properties": "propertyBag"}},
}

// checkSchema walks v as an instance of def and reports every property the
// schema does not allow and every required one missing.
func checkSchema(t *testing.T, where, def string, v any) {
	t.Helper()
	switch {
	case def == "" || def == "*":
		return
	case def == "propertyBag":
		m, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s: property bag is %T", where, v)
			return
		}
		if tags, ok := m["tags"]; ok {
			list, ok := tags.([]any)
			if !ok {
				t.Errorf("%s.tags is not an array", where)
			}
			seen := map[any]bool{}
			for _, tag := range list {
				if _, ok := tag.(string); !ok || seen[tag] {
					t.Errorf("%s.tags: %v is not a unique string", where, tag)
				}
				seen[tag] = true
			}
		}
		return
	case strings.HasPrefix(def, "[]"):
		list, ok := v.([]any)
		if !ok {
			t.Errorf("%s: want an array, got %T", where, v)
			return
		}
		for i, item := range list {
			checkSchema(t, where+"["+strconv.Itoa(i)+"]", def[2:], item)
		}
		return
	}
	spec, ok := sarifSpec[def]
	if !ok {
		t.Fatalf("test bug: no spec for %s", def)
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s: want a %s object, got %T", where, def, v)
		return
	}
	for k, child := range m {
		cdef, ok := spec.props[k]
		if !ok {
			t.Errorf("%s: property %q is not allowed in %s", where, k, def)
			continue
		}
		checkSchema(t, where+"."+k, cdef, child)
	}
	for _, k := range spec.required {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: required property %q missing from %s", where, k, def)
		}
	}
}

// sarifFixture is a report with one finding of each kind, odd paths, a
// commit, a verification and a problem.
func sarifFixture(t *testing.T) (*result.Report, []string) {
	t.Helper()
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{Email: "owner@example.com"})
	gw := testcred.GatewayToken()
	rep := &result.Report{
		Results: []result.Result{
			{Finding: scanner.Finding{Kind: scanner.KindJWT, Line: 4, Column: 15, Value: jwt, KeyID: key,
				JWT: &scanner.JWTInfo{KeyID: key, Secret: secret, Email: "owner@example.com"}},
				Path: "./src/app config.js", Commit: &result.Commit{Hash: strings.Repeat("ab", 20), Author: "A", Date: time.Unix(0, 0)},
				Verification: &result.Verification{Status: "revoked", Reason: "API_KEY_REVOKED"}},
			{Finding: scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 16, Value: key, KeyID: key, Rule: "pinata-name", Evidence: `name "PINATA_API_KEY"`}, Path: "dir/na\xffme,%:\n.env"},
			{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 2, Column: 23, Value: secret, KeyID: key, Encoding: "base64"}, Path: "/abs/k8s/secret.yaml"},
			{Finding: scanner.Finding{Kind: scanner.KindGatewayToken, Line: 9, Column: 1, Value: gw}, Path: "-"},
			// The same secret twice in one file: two alerts.
			{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 1, Column: 5, Value: secret}, Path: "twice.env"},
			{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 7, Column: 5, Value: secret}, Path: "twice.env"},
		},
		Summary: result.Summary{
			Stats:    result.Stats{Files: 4, Bytes: 1000, Suppressed: 2, Baselined: 1},
			Problems: []string{"locked.env: permission denied"},
		},
	}
	return rep, []string{jwt, secret, gw, "owner@example.com"}
}

func writeSARIF(t *testing.T, rp *SARIFReporter, rep *result.Report) (string, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(rp, &buf, rep); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return buf.String(), doc
}

// TestSARIFFieldByField checks the document against the OASIS 2.1.0
// structure and, field by field, against what GitHub code scanning needs.
func TestSARIFFieldByField(t *testing.T) {
	rep, secrets := sarifFixture(t)
	out, doc := writeSARIF(t, &SARIFReporter{ToolVersion: "1.2.3"}, rep)

	checkSchema(t, "$", "sarifLog", doc)

	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Fatalf("SARIF holds a credential or e-mail in full")
		}
	}

	if doc["$schema"] != sarifSchema || doc["version"] != "2.1.0" {
		t.Errorf("$schema %v, version %v", doc["$schema"], doc["version"])
	}
	runs := doc["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("%d runs, want 1", len(runs))
	}
	run := runs[0].(map[string]any)
	if ck := run["columnKind"]; ck != "unicodeCodePoints" && ck != "utf16CodeUnits" {
		t.Errorf("columnKind %v", ck)
	}
	if p := run["properties"].(map[string]any); p["suppressed"] != 2.0 || p["baselined"] != 1.0 {
		t.Errorf("run properties %v, want the suppressed and baselined counts", p)
	}
	inv := run["invocations"].([]any)[0].(map[string]any)
	if inv["executionSuccessful"] != false || len(inv["toolExecutionNotifications"].([]any)) != 1 {
		t.Errorf("invocation does not report the problem: %v", inv)
	}

	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "pinatascan" || driver["version"] != "1.2.3" {
		t.Errorf("driver name %v version %v", driver["name"], driver["version"])
	}
	if u, err := url.Parse(driver["informationUri"].(string)); err != nil || !u.IsAbs() {
		t.Errorf("informationUri %v is not an absolute URI", driver["informationUri"])
	}

	rules := driver["rules"].([]any)
	if len(rules) != len(scanner.Kinds) {
		t.Fatalf("%d rules, want one per kind", len(rules))
	}
	var ruleIDs []string
	levels := map[string]string{}
	for i, x := range rules {
		r := x.(map[string]any)
		id, _ := r["id"].(string)
		if id == "" || slices.Contains(ruleIDs, id) {
			t.Errorf("rule %d: id %q empty or repeated", i, id)
		}
		ruleIDs = append(ruleIDs, id)
		if name, _ := r["name"].(string); name == "" || strings.ContainsAny(name, " /") {
			t.Errorf("rule %s: name %q", id, name)
		}
		for _, f := range []string{"shortDescription", "fullDescription", "help"} {
			if txt, _ := r[f].(map[string]any)["text"].(string); txt == "" {
				t.Errorf("rule %s: %s.text empty", id, f)
			}
		}
		help := r["help"].(map[string]any)
		if md, _ := help["markdown"].(string); !strings.Contains(md, "**Fix**") || strings.Contains(help["text"].(string), "**") {
			t.Errorf("rule %s: help markdown/text forms wrong", id)
		}
		level, _ := r["defaultConfiguration"].(map[string]any)["level"].(string)
		if !slices.Contains([]string{"none", "note", "warning", "error"}, level) {
			t.Errorf("rule %s: level %q", id, level)
		}
		levels[id] = level
		props := r["properties"].(map[string]any)
		sev, ok := props["security-severity"].(string)
		if f, err := strconv.ParseFloat(sev, 64); !ok || err != nil || f <= 0 || f > 10 {
			t.Errorf("rule %s: security-severity %v must be a string number in (0, 10]", id, props["security-severity"])
		}
		if tags := props["tags"].([]any); !slices.Contains(tags, any("security")) {
			t.Errorf("rule %s: tags %v lack \"security\" (GitHub shows security-severity only then)", id, tags)
		}
		if p := props["precision"]; !slices.Contains([]any{"very-high", "high", "medium", "low"}, p) {
			t.Errorf("rule %s: precision %v", id, p)
		}
	}

	results := run["results"].([]any)
	if len(results) != len(rep.Results) {
		t.Fatalf("%d results, want %d", len(results), len(rep.Results))
	}
	wantURIs := []string{"src/app%20config.js", "dir/na%FFme%2C%25%3A%0A.env", "file:///abs/k8s/secret.yaml", "stdin", "twice.env", "twice.env"}
	partials := map[string]bool{}
	for i, x := range results {
		res := x.(map[string]any)
		in := rep.Results[i]
		ruleID := res["ruleId"].(string)
		idx := int(res["ruleIndex"].(float64))
		if idx < 0 || idx >= len(ruleIDs) || ruleIDs[idx] != ruleID {
			t.Errorf("result %d: ruleIndex %d does not point at rule %s", i, idx, ruleID)
		}
		if res["level"] != levels[ruleID] {
			t.Errorf("result %d: level %v, rule's %s", i, res["level"], levels[ruleID])
		}
		msg := res["message"].(map[string]any)["text"].(string)
		if !strings.Contains(msg, scanner.Mask(in.Value)) || !strings.Contains(msg, "Fix:") {
			t.Errorf("result %d: message %q lacks the masked value or the fix", i, msg)
		}
		locs := res["locations"].([]any)
		if len(locs) < 1 || len(locs) > 10 {
			t.Fatalf("result %d: %d locations", i, len(locs))
		}
		phys := locs[0].(map[string]any)["physicalLocation"].(map[string]any)
		art := phys["artifactLocation"].(map[string]any)
		uri := art["uri"].(string)
		if uri != wantURIs[i] {
			t.Errorf("result %d: uri %q, want %q", i, uri, wantURIs[i])
		}
		u, err := url.Parse(uri)
		if err != nil || strings.ContainsAny(uri, " \n\\") {
			t.Errorf("result %d: uri %q is not a valid URI reference: %v", i, uri, err)
		} else if !u.IsAbs() && in.Path != "-" {
			if art["uriBaseId"] != "%SRCROOT%" {
				t.Errorf("result %d: relative uri without uriBaseId", i)
			}
			if dec, _ := url.PathUnescape(uri); dec != strings.TrimPrefix(in.Path, "./") {
				t.Errorf("result %d: uri decodes to %q, not the path", i, dec)
			}
		}
		region := phys["region"].(map[string]any)
		if int(region["startLine"].(float64)) != in.Line || int(region["startColumn"].(float64)) != in.Column {
			t.Errorf("result %d: region %v, want %d:%d", i, region, in.Line, in.Column)
		}
		pf := res["partialFingerprints"].(map[string]any)["pinatascan/v1"].(string)
		if len(pf) != 32 || partials[pf] {
			t.Errorf("result %d: partial fingerprint %q empty or shared", i, pf)
		}
		partials[pf] = true
		props := res["properties"].(map[string]any)
		if props["fingerprint"] != in.Fingerprint() || props["value"] != scanner.Mask(in.Value) {
			t.Errorf("result %d: properties %v", i, props)
		}
		// The detection rule and what it saw, when the finding has them.
		if r, _ := props["rule"].(string); r != in.Rule {
			t.Errorf("result %d: properties.rule %q, want %q", i, r, in.Rule)
		}
		if ev, _ := props["evidence"].(string); ev != in.Evidence {
			t.Errorf("result %d: properties.evidence %q, want %q", i, ev, in.Evidence)
		}
	}
	first := results[0].(map[string]any)
	if msg := first["message"].(map[string]any)["text"].(string); !strings.Contains(msg, "commit abababababab") || !strings.Contains(msg, "status revoked") {
		t.Errorf("commit or verification missing from %q", msg)
	}
}

// Code scanning matches alerts across runs by partial fingerprint: it must
// not change when a finding moves to another line.
func TestSARIFFingerprintStable(t *testing.T) {
	secret := testcred.Secret()
	mk := func(line int) *result.Report {
		return &result.Report{Results: []result.Result{{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: line, Column: 1, Value: secret}, Path: "a.env"}}}
	}
	pf := func(rep *result.Report) string {
		_, doc := writeSARIF(t, &SARIFReporter{}, rep)
		res := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
		return res["partialFingerprints"].(map[string]any)["pinatascan/v1"].(string)
	}
	if pf(mk(3)) != pf(mk(40)) {
		t.Error("partial fingerprint changed when the line moved")
	}
	other := mk(3)
	other.Results[0].Path = "b.env"
	if pf(mk(3)) == pf(other) {
		t.Error("same secret in two files shares one alert")
	}
}

func TestSARIFEmptyAndNoRedact(t *testing.T) {
	_, doc := writeSARIF(t, &SARIFReporter{}, &result.Report{})
	checkSchema(t, "$", "sarifLog", doc)
	run := doc["runs"].([]any)[0].(map[string]any)
	if res, ok := run["results"].([]any); !ok || len(res) != 0 {
		t.Errorf("results = %v, want an empty array (GitHub requires it)", run["results"])
	}
	if run["invocations"].([]any)[0].(map[string]any)["executionSuccessful"] != true {
		t.Error("clean run not marked successful")
	}

	rep, secrets := sarifFixture(t)
	out, _ := writeSARIF(t, &SARIFReporter{Options: Options{NoRedact: true}}, rep)
	if !strings.Contains(out, secrets[1]) {
		t.Error("--no-redact did not show the value")
	}
}

func TestEscapePath(t *testing.T) {
	for in, want := range map[string]string{
		"a/b.go":        "a/b.go",
		"a b/c":         "a%20b/c",
		"é.txt":         "%C3%A9.txt",
		"x?#[]@!$&'()*": "x%3F%23%5B%5D%40%21%24%26%27%28%29%2A",
		"a:b":           "a%3Ab",
		"~-_.":          "~-_.",
	} {
		if got := escapePath(in); got != want {
			t.Errorf("escapePath(%q) = %q, want %q", in, got, want)
		}
	}
}
