import 'package:http/http.dart' as http;

class PinataApi {
  static const _jwt = '{{+jwt}}';
  static const _gatewayKey = '{{+gateway-token}}';
  static const gateway = 'https://lavender-gentle-primate-223.mypinata.cloud';

  Future<http.Response> files() => http.get(
        Uri.parse('https://api.pinata.cloud/v3/files/public'),
        headers: {'Authorization': 'Bearer $_jwt'},
      );

  Uri image(String cid) => Uri.parse('$gateway/ipfs/$cid?pinataGatewayToken=$_gatewayKey');
}
