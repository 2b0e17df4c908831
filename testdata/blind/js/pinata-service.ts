export class PinataService {
	private readonly key = '{{+api-key:t}}'
	private readonly secret = '{{+api-secret:t}}'
	// sha-256 of the empty pinata metadata template
	private readonly emptyMetaHash = '{{-hex64}}'

	headers(): Record<string, string> {
		return {
			"pinata_api_key": this.key,
			"pinata_secret_api_key": this.secret,
		}
	}
}
