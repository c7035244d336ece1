# The movierec web application as an image (docs/SCALEOUT.md). Build: docker build -t movierec .
# Run one instance: docker run -p 8080:8080 -e MOVIEREC_DATABASE='jdbc:postgresql://HOST:5432/movierec?user=...&password=...' movierec
# Several instances on one PostgreSQL database behind a load balancer: compose.yaml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY movierec-core movierec-core
COPY movierec-app movierec-app
COPY movierec-spark/pom.xml movierec-spark/pom.xml
RUN ./mvnw -q -B -DskipTests package -pl movierec-app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/movierec --create-home movierec
COPY --from=build /src/movierec-app/target/movierec-app.jar /opt/movierec/movierec-app.jar
COPY --from=build /src/movierec-app/target/lib /opt/movierec/lib
USER movierec
WORKDIR /var/lib/movierec
# Models and copied demo data live in the data folder; the database holds everything else.
ENV MOVIEREC_DATA_DIR=/var/lib/movierec SERVER_PORT=8080
VOLUME /var/lib/movierec
EXPOSE 8080
# Ready once data and the default model are (the load balancer checks /actuator/health/readiness); bash only, no curl needed.
HEALTHCHECK --interval=5s --timeout=3s --start-period=600s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q UP <&3'
# SIGTERM stops gracefully: readiness goes down, requests in flight finish (up to 20 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-XX:MaxRAMPercentage=75", "-cp", "/opt/movierec/movierec-app.jar:/opt/movierec/lib/*", "org.movierec.app.Main", "serve"]
