module github.com/example/snapshotter

go 1.24.0

require (
	github.com/PinataCloud/pinata-go-sdk v0.1.0
	github.com/joho/godotenv v1.5.1
	github.com/robfig/cron/v3 v3.0.1
)
