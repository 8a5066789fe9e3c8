package org.mobilitydesk.selection.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON of stored runs: decimals are read back as BigDecimal with their scale, so 82.50 stays 82.50. */
@ApplicationScoped
public class SelectionJson {

    @Inject
    ObjectMapper json;

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored selection data is always written", e);
        }
    }

    <T> T convert(Object value, Class<T> type) {
        return json.convertValue(value, type);
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readerFor(type).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored selection data is always read", e);
        }
    }
}
