package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void keepsTheFormatEditorsLinkFrom() {
        assertEquals("seeds/a.md:3:7: unknown key 'x'", Problem.at("seeds/a.md", 3, 7, "unknown key 'x'").toString());
        assertEquals("seeds/a.md:3: bad", Problem.at("seeds/a.md", 3, "bad").toString());
        assertEquals("seeds/a.md: bad", Problem.at("seeds/a.md", 0, "bad").toString());
        assertEquals("seeds\\a b.md: ü – “quoted”", Problem.at("seeds\\a b.md", 0, "ü – “quoted”").toString(),
                "backslashes and printable text are kept as they are");
    }

    @Test
    void aFileNameOrMessageCannotStartALogLineOfItsOwnOrReorderIt() {
        Problem forged = Problem.at("a\n[ERROR] forged.md", 2, "x\r\n[INFO] BUILD SUCCESS\t\u001B[2K");
        assertEquals("a\\n[ERROR] forged.md:2: x\\r\\n[INFO] BUILD SUCCESS\\t\\u001B[2K", forged.toString());
        assertFalse(forged.toString().lines().count() > 1);
        assertEquals("evil\\u202Egpj.md: is \\u2066hidden\\u2069", Problem.at("evil\u202Egpj.md", 0, "is \u2066hidden\u2069").toString());
        assertEquals("\\u0000\\u007F\\u0085\\u2028\\u2029\\u200E\\u200F\\u061C\\u202A\\u2068",
                Problem.printable("\0\u007F\u0085\u2028\u2029\u200E\u200F\u061C\u202A\u2068"));
    }

    @Test
    void printableLeavesOrdinaryTextAlone() {
        String plain = "briefings/a/index.html";
        assertSame(plain, Problem.printable(plain));
        assertEquals("null", Problem.printable(null));
        assertEquals("", Problem.printable(""));
    }
}
