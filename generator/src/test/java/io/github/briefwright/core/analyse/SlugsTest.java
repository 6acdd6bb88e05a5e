package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US–Iraq Ties After Soleimani|us-iraq-ties-after-soleimani",
        "Ça déménage à Zürich|ca-demenage-a-zurich",
        "Straße & Łódź|strasse-and-lodz",
        "O'Sullivan’s note|osullivans-note",
        "../../etc/passwd|etc-passwd",
        "000_3010354b0d250560|000-3010354b0d250560",
        "Ελληνικά νέα|ellinika-nea",
        "Санкт-Петербург и Москва|sankt-peterburg-i-moskva",
        "北京|fallback",
        "'   '|fallback",
    })
    void slugs(String text, String slug) {
        assertEquals(slug, Slugs.of(text, "fallback"));
    }
}
