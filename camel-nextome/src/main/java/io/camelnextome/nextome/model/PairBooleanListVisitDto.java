package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of visits: {@code first} is true when more pages follow, {@code second} is the page. Schema {@code PairBooleanListVisitDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PairBooleanListVisitDto {

    private Boolean first;
    private List<VisitDto> second;

    public Boolean getFirst() {
        return first;
    }

    public void setFirst(Boolean first) {
        this.first = first;
    }

    public List<VisitDto> getSecond() {
        return second;
    }

    public void setSecond(List<VisitDto> second) {
        this.second = second;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PairBooleanListVisitDto)) {
            return false;
        }
        PairBooleanListVisitDto other = (PairBooleanListVisitDto) o;
        return Objects.equals(first, other.first)
                && Objects.equals(second, other.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second);
    }

    @Override
    public String toString() {
        return "PairBooleanListVisitDto{" + "first=" + first
                + ", second=" + second + "}";
    }
}
