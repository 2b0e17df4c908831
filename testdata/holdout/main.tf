resource "aws_ssm_parameter" "pinata_jwt" {
  name  = "/gallery/prod/pinata_jwt"
  type  = "SecureString"
  value = "{{+jwt}}"
}

resource "aws_ssm_parameter" "pinata_gateway_token" {
  name  = "/gallery/prod/pinata_gateway_token"
  type  = "SecureString"
  value = "{{+gateway-token}}"
}

resource "aws_lambda_function" "pinner" {
  function_name    = "pinner"
  source_code_hash = "{{-hex64}}"
  environment {
    variables = {
      PINATA_JWT = aws_ssm_parameter.pinata_jwt.value
    }
  }
}
