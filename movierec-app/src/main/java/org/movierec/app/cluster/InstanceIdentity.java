package org.movierec.app.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This run of the app among the instances sharing the database: a random id per start (so a restarted
 * instance is a new one and catches up like any other) and the host and port it answers on.
 */
@Component
public class InstanceIdentity {
    private final String id;
    private final String address;

    public InstanceIdentity(@Value("${server.port:8080}") int port) {
        this.id = UUID.randomUUID().toString();
        this.address = host() + ":" + port;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** The run's id, 36 characters. */
    public String id() {
        return id;
    }

    /** host:port. */
    public String address() {
        return address;
    }
}
