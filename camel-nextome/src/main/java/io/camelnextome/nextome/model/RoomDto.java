package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A room on a map, a circle or a polygon. Schema {@code RoomDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RoomDto {

    private Long id;
    private String name;
    private RoomShape shape;
    private Long map;
    private String vertices;
    private String geometry;
    private Double radius;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoomShape getShape() {
        return shape;
    }

    public void setShape(RoomShape shape) {
        this.shape = shape;
    }

    public Long getMap() {
        return map;
    }

    public void setMap(Long map) {
        this.map = map;
    }

    public String getVertices() {
        return vertices;
    }

    public void setVertices(String vertices) {
        this.vertices = vertices;
    }

    public String getGeometry() {
        return geometry;
    }

    public void setGeometry(String geometry) {
        this.geometry = geometry;
    }

    public Double getRadius() {
        return radius;
    }

    public void setRadius(Double radius) {
        this.radius = radius;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RoomDto)) {
            return false;
        }
        RoomDto other = (RoomDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(shape, other.shape)
                && Objects.equals(map, other.map)
                && Objects.equals(vertices, other.vertices)
                && Objects.equals(geometry, other.geometry)
                && Objects.equals(radius, other.radius);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, shape, map, vertices, geometry, radius);
    }

    @Override
    public String toString() {
        return "RoomDto{" + "id=" + id
                + ", name=" + name
                + ", shape=" + shape
                + ", map=" + map
                + ", vertices=" + vertices
                + ", geometry=" + geometry
                + ", radius=" + radius + "}";
    }
}
