# The release image, built by GoReleaser (dockers_v2 in .goreleaser.yaml)
# from the static binaries it has just built; it is not a build from
# source. Alpine brings git, which `pinatascan git` runs.
FROM alpine:3.22
ARG TARGETPLATFORM
# CI mounts a checkout owned by another user, and git refuses such a
# repository unless the system (never the repository) marks it safe.
RUN apk add --no-cache git ca-certificates \
	&& git config --system --add safe.directory '*' \
	&& adduser -D -H -u 65532 -s /sbin/nologin pinatascan
COPY $TARGETPLATFORM/pinatascan $TARGETPLATFORM/pinatavet /usr/local/bin/
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["pinatascan"]
CMD ["help"]
