import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();

// TODO: switch to cfg.requireSecret once the stack is migrated
const pinataJwt = cfg.get("pinataJwt") ?? "{{+jwt}}";

const fn = new aws.lambda.Function("pinner", {
    runtime: "nodejs20.x",
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/pinner",
    code: new pulumi.asset.FileArchive("./dist"),
    environment: {
        variables: {
            PINATA_JWT: pinataJwt,
            PINATA_GATEWAY_TOKEN: "{{+gateway-token}}",
            CODE_SHA: "{{-hex64}}",
        },
    },
});

export const arn = fn.arn;
