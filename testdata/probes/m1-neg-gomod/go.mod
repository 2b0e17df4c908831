module example.com/ipfs-mirror

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.30.4
	github.com/ipfs/go-ipfs-api v0.7.0
)
