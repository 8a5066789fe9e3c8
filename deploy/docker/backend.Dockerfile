# syntax=docker/dockerfile:1
# Mobility Desk backend: Maven wrapper build, then the Quarkus fast-jar on a Java 17 JRE.
# Build context: the repository root (see docker-compose.yml).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src/backend
COPY backend/.mvn/ .mvn/
COPY backend/mvnw backend/pom.xml ./
# dependencies first, so that they stay cached while only the sources change
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -Dquarkus.analytics.disabled=true dependency:resolve dependency:resolve-plugins || true  # best effort: only a cache warm-up
COPY backend/src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -DskipTests -Dquarkus.analytics.disabled=true

FROM eclipse-temurin:17-jre
ENV LANG=C.UTF-8 \
    QUARKUS_PROFILE=prod \
    HTTP_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
WORKDIR /app
RUN useradd --system --uid 185 --home-dir /app mobility
COPY --from=build --chown=185 /src/backend/target/quarkus-app/lib/ lib/
COPY --from=build --chown=185 /src/backend/target/quarkus-app/app/ app/
COPY --from=build --chown=185 /src/backend/target/quarkus-app/quarkus/ quarkus/
COPY --from=build --chown=185 /src/backend/target/quarkus-app/quarkus-run.jar quarkus-run.jar
USER 185
EXPOSE 8080
# no curl in the JRE image: ask /q/health/ready with bash's /dev/tcp
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${HTTP_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
