module example.com/ens-publisher

go 1.22

require (
	github.com/ethereum/go-ethereum v1.14.8
	github.com/wealdtech/go-ipfs-provider-pinata v0.0.0-20200807091508-e748a6277aed
)
