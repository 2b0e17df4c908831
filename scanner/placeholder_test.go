package scanner_test

import (
	"testing"

	"github.com/pinatascan/pinatascan/scanner"
)

// TestIsPlaceholder: template words count as words of the value (or
// anywhere in a value of one letter case), template syntax anywhere; a
// random token that holds a word's letters by chance is no placeholder
// (the random tokens below were each dropped by an earlier rule).
func TestIsPlaceholder(t *testing.T) {
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{"YOUR_JWT", true},
		{"Bearer YOUR_TOKEN", true},
		{"<YOUR_API_KEY>", true},
		{"${PINATA_JWT}", true},
		{"{{ secrets.PINATA_JWT }}", true},
		{"%PINATA_JWT%", true},
		{"PINATA_JWT", true},
		{"xxxxxxxx", true},
		{"sk-XXXXXXXXXXXXXXXX", true},
		{"yourtokenhere", true},
		{"YOURAPIKEY1234", true},
		{"Yourpinatakey", true},
		{"YourGatewayToken", true},
		{"copyYourKeyHere", true},
		{"your-api-key", true},
		{"change_me", true},
		{"CHANGE_ME_BEFORE_DEPLOY", true},
		{"exampleSecret42", true},
		{"0123456789abcdef0123", true},

		{"lCIzUnSITE8FklipWWx6-55VxwO82LYOUR-IeaxeYGExa9aa24sWQH98HetXrh5u", false},
		{"YzE7wUh2Y9eOxbEjoGg11VBjdUs1GWfXXXXnS-vevEJJ47Lf7AzYMlmmyWE5VtEx", false},
		{"7T0fCH3TTZfXXXxCPYxAejvKjYBZIqBk8nIgnKvOA5rbLV6WeuoRxncwoVMpp8IF", false},
		{"kYOUrXy70PUZUlg_KdCmRdE2zKd6QOSj17EQnMBeSnEqKzXBLi0nLeQhpvuh8RM3", false},
		{"q8ZkyourN2kP0wLm7TbX4eRv9cJh1sDf", false},
		{"-ehQRtzF5I4WwNexDyTn5pZjzEyYGXOfdqOThY-Qs3wOReXxxxM9eiQ4wKOzxSxP", false},
		{"4dc05a2c58af4b77670e", false},
	} {
		if got := scanner.IsPlaceholder(tt.v); got != tt.want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", tt.v, got, tt.want)
		}
	}
}
