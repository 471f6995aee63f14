# Builds the release tarball (scripts/package.sh) on Debian 12 slim, the
# same as on a development machine:
#
#   docker build -t kiemdiem-release .
#   docker run --rm -v "$PWD/dist:/out" kiemdiem-release      # writes /out/kiemdiem-VERSION-linux-x86_64.tar.gz
#
# The binary links the Swift runtime statically; on the machine that runs it,
# only Debian 12's libicu72, libxml2, zlib1g and libsqlite3-0 are needed.
FROM debian:12-slim AS build

ARG SWIFT_VERSION=6.3
ARG SWIFT_PLATFORM=debian12
ARG SWIFT_URL=https://download.swift.org/swift-${SWIFT_VERSION}-release/${SWIFT_PLATFORM}/swift-${SWIFT_VERSION}-RELEASE/swift-${SWIFT_VERSION}-RELEASE-${SWIFT_PLATFORM}.tar.gz

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git binutils gcc libc6-dev libcurl4-openssl-dev libedit2 libgcc-12-dev \
        libpython3-dev libstdc++-12-dev libncurses-dev pkg-config tzdata unzip zlib1g-dev \
        libicu-dev libxml2-dev libsqlite3-dev python3 \
    && rm -rf /var/lib/apt/lists/*

# The Swift toolchain at /opt/swift, as on the development machines.
RUN mkdir -p /opt/swift \
    && curl -fsSL "$SWIFT_URL" -o /tmp/swift.tar.gz \
    && tar -xzf /tmp/swift.tar.gz -C /opt/swift --strip-components=1 \
    && rm /tmp/swift.tar.gz
ENV PATH=/opt/swift/usr/bin:$PATH

WORKDIR /src
COPY . .
RUN rm -rf .build dist && scripts/package.sh /dist

# A small stage holding only the tarball; `docker run` copies it to /out.
FROM debian:12-slim
COPY --from=build /dist /dist
CMD ["sh", "-c", "mkdir -p /out && cp /dist/*.tar.gz /out/ && ls -l /out"]
