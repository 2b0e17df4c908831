// Package config holds the storage settings.
package config

import (
	"encoding/json"
	"fmt"
	"os"
)

// StorageConfig configures the storage backend.
type StorageConfig struct {
	Provider  string `json:"provider"`
	APIKey    string `json:"api_key"`
	APISecret string `json:"api_secret"`
	Gateway   string `json:"gateway"`
	JWT       string `json:"jwt"`
}

// Dev is the configuration used when running locally.
var Dev = StorageConfig{
	Provider:  "pinata",
	APIKey:    "{{key}}",    // leak
	APISecret: "{{secret}}", // leak
	Gateway:   "https://lavender-gentle-primate-223.mypinata.cloud",
}

// FromEnv reads the configuration from the environment.
func FromEnv() StorageConfig {
	return StorageConfig{
		Provider:  "pinata",
		APIKey:    os.Getenv("PINATA_API_KEY"),
		APISecret: os.Getenv("PINATA_API_SECRET"),
		Gateway:   os.Getenv("PINATA_GATEWAY"),
		JWT:       os.Getenv("PINATA_JWT"),
	}
}

// Load reads the configuration from a JSON file.
func Load(path string) (StorageConfig, error) {
	var cfg StorageConfig
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	if cfg.APIKey == "" {
		cfg.APIKey = os.Getenv("PINATA_API_KEY")
	}
	return cfg, nil
}

// Names of the environment variables read.
const (
	EnvJWT       = "PINATA_JWT"
	EnvAPIKey    = "PINATA_API_KEY"
	EnvAPISecret = "PINATA_API_SECRET"
)

// SetupLocal fills the environment for the local docker-compose stack.
func SetupLocal() {
	os.Setenv("PINATA_API_KEY", "{{key}}")           // leak
	os.Setenv("PINATA_SECRET_API_KEY", "{{secret}}") // leak
	os.Setenv("PINATA_GATEWAY", "https://lavender-gentle-primate-223.mypinata.cloud")
}

func (c StorageConfig) withJWT() StorageConfig {
	c.JWT = "{{jwt}}" // leak
	return c
}
