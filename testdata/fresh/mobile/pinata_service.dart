import 'dart:convert';
import 'package:http/http.dart' as http;

class PinataService {
  static const _jwt = '{{+jwt}}';
  static const _gatewayToken = '{{+gateway-token}}';
  static const _gateway = 'https://mint-wise-lemur-9.mypinata.cloud';

  Future<String> pinJson(Map<String, dynamic> data) async {
    final res = await http.post(
      Uri.parse('https://api.pinata.cloud/pinning/pinJSONToIPFS'),
      headers: {'Authorization': 'Bearer $_jwt', 'Content-Type': 'application/json'},
      body: jsonEncode({'pinataContent': data}),
    );
    return jsonDecode(res.body)['IpfsHash'];
  }

  String imageUrl(String cid) => '$_gateway/ipfs/$cid?pinataGatewayToken=$_gatewayToken';
}
