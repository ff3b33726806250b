# Build: the production jar (Vaadin production mode, no Node needed) with the Maven Wrapper on JDK 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction || true
COPY src/ src/
COPY frontend/ frontend/
COPY content/ content/
RUN ./mvnw -B -ntp -Pproduction package -DskipTests \
 && cp target/waar-heb-ik-recht-op-*.jar /src/app.jar

# Run: JRE 25, non-root, content next to the jar, H2 data on a volume (or PostgreSQL via the environment).
FROM eclipse-temurin:25-jre
RUN groupadd --system portal && useradd --system --gid portal --home-dir /app portal \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --chown=portal:portal content/ /app/content/
RUN mkdir -p /app/data && chown portal:portal /app/data
ENV PORT=8080 \
    PORTAL_CONTENT_DIR=/app/content \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# The jar unpacked (app.jar + lib/) with the JDK's AOT cache of the classes it loads at start, made by one training
# start on this JRE: the portal answers in about 5 s instead of 13 s (README, "Start-up").
COPY --from=build /src/app.jar /tmp/portal.jar
COPY src/deploy/aot-cache.sh /tmp/aot-cache.sh
RUN sh /tmp/aot-cache.sh /tmp/portal.jar /app/jar && rm /tmp/portal.jar /tmp/aot-cache.sh
USER portal
VOLUME ["/app/data"]
EXPOSE 8080
# For PostgreSQL: SPRING_PROFILES_ACTIVE=postgres PORTAL_DB_URL=jdbc:postgresql://host:5432/db
#                 PORTAL_DB_USER=... PORTAL_DB_PASSWORD=...
# Mail: PORTAL_MAIL_HOST, PORTAL_MAIL_PORT, PORTAL_MAIL_USER, PORTAL_MAIL_PASSWORD (unset: mails stay in the outbox)
# Demo accounts with passwords printed in the log are on with H2: set PORTAL_DEMO_ACCOUNTS=false to switch them off
# Granted and refused applications are deleted PORTAL_DECIDED_RETENTION (ISO-8601, e.g. P7Y) after the decision; the
#   period comes from the municipality's archive rules. Unset: nothing is deleted, the log warns (see README)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fs http://localhost:${PORT}/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/jar/app.aot", "-jar", "/app/jar/app.jar"]
