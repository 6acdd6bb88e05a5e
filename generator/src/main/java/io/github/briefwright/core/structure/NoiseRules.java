package io.github.briefwright.core.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What counts as noise in a pasted article: named rules, each a pattern and the longest block it may judge
 * (so that an ordinary body paragraph that happens to mention "subscribers" is never taken for a paywall
 * prompt). The rule's name is the reason given in {@code removed[]}. Users add patterns ({@code custom}) and
 * turn built-in rules off by name. Immutable and thread-safe.
 */
public final class NoiseRules {

    /**
     * One rule: a block of at most {@code maxChars} characters is noise when one of the rule's patterns finds it.
     * Patterns anchored at the start ({@code ^…}) are tried once, at the start, each only on a text whose first
     * characters it can begin with ({@link Openings}); the others (floating) only on a block that contains one of
     * the rule's {@code keywords} (when it has any), which every floating pattern needs, so that long texts are not
     * searched in vain.
     */
    private record Rule(String name, Openings anchored, Pattern floating, int maxChars, List<String> keywords) {

        boolean matches(String text, String lowercase) {
            if (text.length() > maxChars) {
                return false;
            }
            if (anchored != null && anchored.matchStart(text)) {
                return true;
            }
            return floating != null && hasKeyword(lowercase) && floating.matcher(text).find();
        }

        private boolean hasKeyword(String lowercase) {
            if (keywords.isEmpty()) {
                return true;
            }
            for (String keyword : keywords) {
                if (lowercase.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a menu's line holds between its items: a bar or a dot, or two characters of white space. */
    private static final List<String> MENU_SEPARATORS = menuSeparators();

    private static List<String> menuSeparators() {
        List<String> separators = new ArrayList<>(List.of("|", "•", "·"));
        String space = " \t\n\u000B\f\r"; // what "\\s" matches
        for (char a : space.toCharArray()) {
            for (char b : space.toCharArray()) {
                separators.add(new String(new char[] {a, b}));
            }
        }
        return List.copyOf(separators);
    }

    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}©(\\[#$£€-]+");
    private static final String NOT_NOISE = "";
    private static final int SHORT = 120;
    private static final String ORGANISATION_WORDS = "(centre|center|institute|council|foundation|office|ministry|"
            + "department|commission|agency|association|society|campaign|coalition|alliance|committee|school|program|"
            + "programme|fund|trust|network|partnership|union|league|federation|board|bureau|service|authority|"
            + "project|initiative|forum|group|college|university|academy|national|international|global|european)\\b";
    private static final int MEDIUM = 320;
    /* The writer of a reader's comment, as a blog prints it over the comment: a name, or a handle. */
    private static final String COMMENT_NAME = "(?-i:\\p{Lu})[\\p{L}'’.-]*(\\s(?-i:\\p{Lu})[\\p{L}'’.-]*){0,3}";
    private static final String COMMENT_HANDLE = "(?-i:[\\p{Ll}\\d_][\\p{L}\\p{N}_.-]{1,30})";
    /* The same with when: "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:". */
    private static final String COMMENT_DATED = "^\\S.{0,90}? on (\\p{L}+\\.? \\d{1,2},? \\d{4}|\\d{1,2}\\.? \\p{L}+\\.? \\d{4}|"
            + "\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})(,? (at|@|-) \\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?)? (said|says|wrote):?$";
    private static final Pattern DATED_COMMENT = compile(List.of(COMMENT_DATED.substring(1)));
    /*
     * The line over a comment that only a comment section prints: "says:" (an article's "Obama said:" before a
     * quote is not one), or a name and when; not a pronoun ("He says:").
     */
    private static final Pattern COMMENT_HEADER = compile(List.of("(?!(he|she|it|they|we|you|who|one)\\s)("
            + COMMENT_NAME + "|" + COMMENT_HANDLE + ") says:?", COMMENT_DATED.substring(1)));
    /** A photographer's name in a credit, two or three capitalised words and no organisation: "Jane Doe ". */
    private static final String CREDIT_NAME = "((?!" + ORGANISATION_WORDS + ")(?-i:\\p{Lu})[\\p{L}'’-]+\\s){2,3}";
    /** The publication a credit ends with: "The Example Times". */
    private static final String CREDIT_PUBLICATION = "(?-i:\\p{Lu})[\\p{L}&' ]{2,40}\\.?$";
    /** The social networks and messengers a share bar names, as an alternation. */
    static final String NETWORKS = "facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|"
            + "bluesky|threads|mastodon";
    private static final String SHARE_WORDS = "share|tweet|post|email|e-mail|print|save|copy link|copy the link|"
            + "email this|blogthis!?|" // a blog's buttons under the post
            + NETWORKS + "|gift( this)?( article)?|link copied|comment|comments|follow|bookmark|download( pdf)?|pdf|"
            + "click to tweet|like this:?|loading\\.*|partager( sur)?|teilen|compartir|compartilhar|partilhar|partilhe|"
            + "social sharing|condividi|delen|podelite|podijelite|podeli|podijeli|deli|delite|поделите|подели|google\\+|"
            + "udost[ęe]pnij|поделиться|вконтакте|одноклассники|シェア|ツイート|bagikan|salin (tautan|link)|"
            + "copiar (el )?enlace|copier le lien|link kopieren|copia (il )?link|copiar link|kopieer link|read later|"
            + "save for later|lire plus tard|sp[äa]ter lesen|leer (m[áa]s )?tarde|ler mais tarde|leggi dopo|later lezen|"
            + "deel dit artikel|del artiklen|del artikel|artikel teilen|partager l['’]article|compartir (el )?art[íi]culo|"
            + "condividi l['’]articolo|compartilhe|dela artikeln|sd[íi]let( [čc]l[áa]nek)?|paylaş|offrir l['’]article|artikel verschenken|regala(re)? l['’]articolo|regalar (el )?art[íi]culo|"
            + "save this( article| story)?|share this( article| story"
            + "| page)?|share full article|share on \\w+|listen|more|font size|a\\+|a-|text size|reprints?|"
            // font size in other languages: Turkish, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
            // Czech, Russian, Ukrainian, Vietnamese, Indonesian, Hungarian, Romanian, Swedish, Danish and Norwegian
            + "yaz[ıi] (boyutu|büyüklüğü)|schriftgr(ö|oe)(ß|ss)e|taille (du texte|de (la )?police)|"
            + "tama[ñn]o (de (la )?letra|del texto|de fuente)|tamanho d[ao] (letra|fonte|texto)|dimensione (del )?testo|"
            + "tekstgrootte|lettergrootte|rozmiar (czcionki|tekstu)|velikost p[íi]sma|размер шрифта|розмір шрифту|"
            + "cỡ chữ|ukuran (huruf|teks|font)|betűméret|m[ăa]rimea? (textului|fontului)|textstorlek|skriftstørrelse|"
            + "tekststørrelse|"
            + "pin (this|it)( (recipe|post|article|image))?|"
            // share buttons and bars, font size and comment buttons in Chinese, Japanese and Korean
            + "카카오톡|카카오스토리|페이스북|트위터|네이버 ?밴드|分享到|微信|微博|qq空间|はてなブックマーク|(링크|url|주소) ?복사(하기)?|(기사 )?공유(하기)?|가|글자 ?크기( (조절|설정))?|글씨 ?크기( 조절(하기)?)?|文字サイズ|字号[：:]?\\s*大\\s*中\\s*小|字号|댓글|コメント|评论|評論";

    /**
     * Share, save, print and listen buttons in other languages: on a line of buttons alone, with no number after them
     * ("Del 2" is a part's heading in Norwegian; "Merken", brands in Dutch, is left out).
     */
    private static final String OTHER_BUTTONS = "del|gem|lagre|dela|spara|jaa|tallenna|tulosta|drucken|speichern|bewaar|"
            + "bewaren|opslaan|imprimer|enregistrer|sauvegarder|guardar|imprimir|salva|salvar|stampa|zapisz|drukuj|"
            + "ulo[žz]it|tisk|kaydet|yazd[ıi]r|h[öo]ren|anh[öo]ren|vorlesen|lyssna|lytt|kuuntele|[ée]couter|escuchar|"
            + "ascolta|ouvir|luisteren|pos[łl]uchaj|poslechnout|dinle|保存|共有|印刷|分享|收藏|打印|공유|저장|스크랩|인쇄|듣기|"
            // share in Vietnamese, Hungarian, Romanian, Greek, Russian, Ukrainian, Indonesian, Hindi, Arabic, Hebrew,
            // Catalan, Portuguese, Croatian, Czech, Polish, Turkish
            + "chia sẻ|megosztás|distribuie|κοινοποίηση|поделиться|поділитися|bagikan|शेयर करें|مشاركة|שתפו|שתף|"
            + "comparteix|compartilhe|podijeli|sdílet|udostępnij|paylaş|"
            // and Serbian, Bulgarian, Swahili, Malay, European Portuguese, Tagalog, Thai and Persian
            + "podeli|сподели|shiriki|kongsi|partilhar|ibahagi|i-share|i-tweet|kopyahin ang link|แชร์|اشتراک\u200cگذاری|اشتراک گذاری|"
            // a messaging app's button (LINE, in Thailand and Japan) and "copy link" in Thai
            + "line|คัดลอกลิง[กค]์|"
            // and Lithuanian, Latvian, Estonian, Slovene, Afrikaans, Basque, Danish, Icelandic, Bengali, Urdu
            + "dalintis|pasidalinti|dalīties|kopīgot|jaga|deli|deel|partekatu|del artiklen|deila|শেয়ার করুন|شیئر کریں";
    /** The words of a line of two or more such buttons, with the commonest share buttons: "Dela   Spara". */
    private static final String BUTTON_LINE_WORDS = OTHER_BUTTONS + "|teilen|delen|partager|compartir|condividi|"
            + "compartilhar|facebook|whatsapp|linkedin|e-?mail|share|save|print|listen";
    /** One of those buttons alone on its line: a button only beside other buttons ({@link #buttonAlone}). */
    private static final Pattern OTHER_BUTTON_ALONE = Pattern.compile("(?iu)(?:" + OTHER_BUTTONS + ")\\s*:?\\s*");

    /**
     * A heading of other stories alone on its line in the other languages the structure stage reads. Inside a text a
     * box under such a heading holds a headline or two, no more ({@code BodyCleaner}): a text pasted without blank
     * lines goes on right under it.
     */
    private static final String OTHER_STORIES_ALONE = "(preberite (še|tudi)|још по теми|още по темата|още от|lue my[öo]s|"
            + "loe ka|skaitykite taip pat|lasi arī|basahin (din|rin)|यह भी पढ़ें|مطالب مرتبط|بیشتر بخوانید|lees ook meer|"
            + "vous aimerez aussi|vous (pourriez|pourrez) aussi aimer|"
            + "artikel zum thema|[äa]hnliche artikel|weitere artikel|povezane vesti|povezani [čc]lanci|pro[čc]itajte (jo[šs]|i)|"
            + "похожие (статьи|материалы)|по теме|potrebbero interessarti|voc[êe] (tamb[ée]m )?pode gostar|"
            + "ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|lees (ook|meer)|l[äa]s (ocks[åa]|mer)|l[æa]s (ogs[åa]|mere)|les (ogs[åa]|mer)|veja (tamb[ée]m|mais)|"
            + "leia (tamb[ée]m|mais)|mehr zum thema|lesen sie auch|auch interessant|das k[öo]nnte sie (auch )?interessieren|"
            + "te puede interesar|lee (tambi[ée]n|m[áa]s)|tambi[ée]n te puede interesar|(à )?lire aussi|voir aussi|"
            + "(leggi|vedi) anche|potrebbe interessarti|související články|(čtěte|přečtěte si) také|czytaj (te[żz]|tak[żz]e)|"
            + "zobacz (te[żz]|tak[żz]e)|baca juga|lihat juga|ilgili haberler|benzer haberler|читайте также|関連記事|関連ニュース|"
            + "あわせて読みたい|相关新闻|相关阅读|相关文章|相關新聞|관련 ?기사|관련 ?뉴스|sur le m[êe]me sujet|"
            // Icelandic, Hungarian, Spanish ("Más en Viajes"), Bengali, Arabic, Swahili, Vietnamese, Greek, Romanian,
            // Ukrainian, Catalan, Basque, Indonesian, Urdu, Danish
            + "tengdar fr[ée]ttir|neked aj[áa]nljuk|kapcsol[óo]d[óo] cikkek|m[áa]s en (?-i:\\p{Lu})\\p{L}+|"
            + "সংশ্লিষ্ট সংবাদ|আরও পড়ুন|اقرأ أيضا|اقرأ أيضًا|أخبار ذات صلة|habari (nyingine|zinazohusiana)|"
            + "matangazo mengine|tin li[êe]n quan|b[àa]i vi[ếe]t li[êe]n quan|σχετικ[άα] (άρθρα|θέματα)|διαβ[άα]στε ακ[όο]μα|"
            + "articole similare|cite[șş]te [șş]i|читайте також|схожі (статті|новини)|not[íi]cies relacionades|"
            + "llegiu tamb[ée]|lotutako albisteak|berita terkait|متعلقہ خبریں|مزید پڑھیں|relaterede artikler|l[æa]s ogs[åa])"
            + "[\\s:.…-]*$";
    /** One to three capitalised words after a space: a person's name in a label ("Plus d'articles de Claire Dubois"). */
    private static final String NAME_WORDS = "( (?-i:\\p{Lu})[\\p{L}'’.-]+){1,3}";
    /** A section's "More in Transit": its grid of teasers, rarely a box inside a text. */
    private static final String MORE_IN_SECTION = "more in (?-i:\\p{Lu})[\\p{L}&'’.]*( (?-i:\\p{Lu})[\\p{L}&'’.]*){0,2}[\\s:.…-]*$";
    private static final Pattern OTHER_STORIES_ALONE_LINE = Pattern.compile("(?iu)" + OTHER_STORIES_ALONE);

    /** A network's or a sharing button's name in a share line. */
    private static final String NETWORK = "(" + NETWORKS + "|instagram|e-?mail|print|copy link)";
    private static final List<Rule> BUILT_IN = List.of(
            rule("paywall", MEDIUM, List.of("article", "left", "remaining", "reading", "subscriber", "member",
                    "unlimited", "unlock", "paywall", "story", "abonn", "suscript", "assinant", "prenumer", "subskryb", "有料",
                    "残り", "続き"),
                    "^(suscr[íi]bete|abonnez-vous|abonnieren sie|jetzt abonnieren|assine|abbonati|abonneer|word abonnee)\\b.{0,40}"
                    + "\\b(seguir leyendo|continuer [àa] lire|weiterlesen|weiterzulesen|continuar lendo|continuare a leggere|"
                    + "verder (te )?lezen)", "^(この記事は)?有料(記事|会員)(です|限定|になると|登録|$)|^유료 ?기사$|^付费(文章|内容)$|残り\\d+文字|続きを読むには", "you are reading (a|your) (free|last free|\\w+ free) article",
                    "you have (\\d+|one|two|three|no) (free )?(articles?|stories) (left|remaining)",
                    "(subscribe|sign up|sign in|log in|register|create (a|an|your) (free )?account)\\b[\\p{L} ]{0,40}? to "
                    + "(continue|keep) reading",
                    // the same in other languages: "La suite est réservée aux abonnés", "Nur für Abonnenten"
                    "\\b(r[ée]serv[ée]e? aux abonn[ée]s|nur f[üu]r abonnenten|exclusiv[oa] para (suscriptores|assinantes)|"
                    + "riservat[oa] agli abbonati|alleen voor abonnees|for abonnenter|f[öo]r prenumeranter|"
                    + "dla (prenumerator[óo]w|subskrybent[óo]w))\\b", "^il vous reste \\d+\\s*% de (cet|l['’]) article",
                    "^(to )?continue reading", "this (article|story|content) is (only )?(for|available to|reserved for) "
                    + "(paid )?(subscribers|members)", "already (a|an) (subscriber|member)\\b",
                    "(get|for) unlimited (digital )?access", "unlock (this|unlimited|full|all)",
                    "paywall-free", "free articles? (left|remaining)", "limit of free articles",
                    "^you(['’]ve| have) (reached|read) (your|all)", "to read (the full|this) (article|story)",
                    "^you(['’]ve| have) read \\d+ of (your )?\\d+ free", "^see (subscription|all) (options|offers|plans)",
                    "^(subscribe|sign up) (from|for) (just )?[£$€]\\d",
                    // a membership's call over the headline: "Free Article Join Over 1 Million Premium Members …"
                    "\\bjoin (over|more than|nearly|almost) [\\d,.]+( (million|thousand|k|m))? (premium |paying )?(members|"
                    + "subscribers|readers|investors)\\b",
                    "^(register|sign up|subscribe|create (a|an|your) (free )?account)( now)?( for free| free)? to (read|access|"
                    + "unlock|continue reading) (more|unlimited|this|the full|all)\\b"),
            // a magazine's offer: "Get Motor Cycle Monthly delivered … every month. 12 issues for £11.99."
            rule("support", MEDIUM, List.of("issues"), "\\A[^\\n]{0,120}\\b(delivered|subscribe|subscription)\\b[^\\n]{0,80}"
                    + "\\b\\d+ issues for (just |only )?[£$€]\\s?\\d"),
            // a blog's shortcode printed as text: "[button link=”…” type=”big”] Send us YOUR kit review[/button]"
            rule("navigation", MEDIUM, List.of("[/"), "\\A\\[[a-z_]+( [a-z_]+=[\"“”][^\\]]*)*\\][^\\[]*\\[/[a-z_]+\\]$"),
            // how to cite the page: "Citation: … (2019, November 18) retrieved 20 November 2019 from https://…"
            rule("print-chrome", MEDIUM, "^citation: .{1,300}\\bretrieved .{1,40} from https?://\\S+$"),
            rule("subscribe", SHORT, List.of("subscribe"),
                    "^subscribe\\b", "^(abonnez-vous|(jetzt )?abonnieren|suscr[íi]bete|suscribirse|assine( j[áa])?|"
                    + "assinar|abbonati|abbonarsi|abonneer( nu)?|prenumerera|(za)?subskrybuj|berlangganan|langganan)( (now|maintenant|"
                    + "jetzt|ahora|agora|ora|nu|teraz|sekarang))?[.!]*$", "^support (?-i:\\p{Lu})[\\p{L}'’ ]{1,40} from (as little as|just|only) [$£€]\\d",
                    "^try unlimited (digital )?access\\s*([:—–-]|(for|from) [$£€]?\\d)",
                    "^support our (nonprofit |independent |local )?(newsroom|journalism|reporting)[.!]?(\\s+(donate|give|subscribe|become|join)\\b.*)?$", "^(become|join us as) a (member|subscriber|supporter)",
                    "^support (the|this) (show|podcast|newsletter)$",
                    "^start (your )?(free )?trial",
                    "^(support|fund) (our|independent|quality) (journalism|criticism|reporting|writing)",
                    "^(support|fund) (our|independent|quality|local) [\\p{L}-]+ (journalism|reporting)[.!]?$",
                    "^(support|fund) local journalism( today| now)?[.!]*(\\s+(subscribe|donate|become)\\b.*)?$",
                    "^(click|tap) here to (subscribe|sign up|donate|become a (member|subscriber))( now| today| for free)?[.!]*$",
                    "^(donate|give) (now|today)", "^subscribe (now|today)", "^(try|get) \\d+ (days|weeks|months) (for|free)",
                    "subscribe to [A-Z\\p{L} ]+ (to|for) (get|unlimited|full|access)", "^(view|see) (subscription )?offers$",
                    "^special offer", "^(?:just )?\\$\\d+(\\.\\d+)? (a|per) (week|month|year)",
                    "^(get|have|receive) .{1,60} delivered (straight )?(to|through) your (letterbox|door|doorstep|mailbox|home)\\b"),
            rule("sign-in", SHORT, "^(sign in|log in|login|log on|sign up|register|create (a |an |your )?(free )?account)"
                    + "( now| here| to [\\p{L} ]{1,40}| for free| or subscribe| or sign up| or log in)?[\\s.!→>»]*$",
                    // the same in the other languages the structure stage reads
                    "^((jetzt )?(anmelden|registrieren)|einloggen|konto erstellen|se connecter|connexion|s'inscrire|cr[ée]er un compte|"
                    + "iniciar sesi[oó]n|registrarse|crear (una )?cuenta|accedi|registrati|inloggen|registreren|logga in|"
                    + "registrera dig|zaloguj( si[ęe])?|za[łl][óo][żz] konto|zarejestruj( si[ęe])?|cadastre-se|criar conta|"
                    + "войти|регистрация|ログイン|新規登録|登录|注册|로그인|회원가입)[\\s.!→>»]*$",
                    "^already have an account",
                    "^mit (der|ihrer|deiner) (anmeldung|registrierung)\\b.{0,80}\\b(zu|einverstanden)\\.?$", "^by (signing up|subscribing|registering|creating an account|"
                    + "clicking [^,.]{1,30}),? you (agree|accept|consent|acknowledge)\\b",
                    "^(my account|account settings)$",
                    "^((sie sind )?bereits abonnent(in)?|d[ée]j[àa] abonn[ée]|¿?ya (eres|es) (suscriptor|socio)|sei gi[àa] abbonato|"
                    + "j[áa] [ée] assinante|al abonnee|har du (allerede|redan) (et |ett |en )?(abonnement|konto)|"
                    + "masz ju[żz] (konto|subskrypcj[ęe]|prenumerat[ęe]))\\s*\\??\\s*((se connecter|connectez-vous|log in|"
                    + "inloggen|anmelden|einloggen|iniciar sesi[óo]n|inicia sesi[óo]n|accedi|entrar|entre|logg inn|logga in|zaloguj "
                    + "si[ęe])[\\s.!]*)?$"),
            // the patterns below whose first characters rule nothing out (a name, any text before a word) are tried
            // only on a block that holds what they need ({@link Rule}'s keywords), each after its rule's other patterns
            rule("sign-in", SHORT, List.of("reader-"), "\\A(?-i:\\p{Lu})[\\p{L}'’ ]{2,60} is a reader-supported publication\\b"),
            // a publication's appeal longer than a line: "The Ledger Line is a reader-supported publication. …", "The
            // Quarterly Lantern is free to read and always will be. …", "Our explainers are free for everyone because
            // readers like you support them." Tried only on a block with one of the rule's words: the words before "is"
            // give an anchored pattern no first character to rule a block out by.
            rule("subscribe", MEDIUM, List.of("readers like you", "listeners like you", "supported", "funded",
                    "free to read", "support from our", "support of our"),
                    "\\A[^.!?]{1,60} is a (reader|listener|member)[- ](supported|funded) (publication|podcast|show|newsroom)\\.\\s+"
                    + "to receive new (posts|episodes)\\b",
                    "\\A[^.!?]{1,60} is (listener|reader|member)[- ](funded|supported)\\.\\s+if you (enjoy|value|like|love|appreciate)\\b",
                    "\\A[^.!?]{1,60} is free to read( and (always )?will (always )?be)?\\.\\s+if you (enjoy|value|like|love|appreciate)\\b",
                    "\\bbecause (readers|listeners) like you (support|fund|pay for) (them|us|it|our work)\\b",
                    // a newsroom's appeal under the text: "Rimba Report relies on readers like you. Your donation helps
                    // us …", "This story was produced with support from our readers."
                    "\\A[^.!?]{1,60} (relies|depends) on (readers|listeners|supporters|members) like you"
                    + "(\\.|\\s+(to|for) (keep|support|fund|help|continue|sustain)\\b)",
                    "\\Athis (story|article|report|reporting|series|coverage|project) (was|is) (produced|made possible|"
                    + "funded|supported) (with|by|thanks to) (the )?support (from|of) our (readers|listeners|members|"
                    + "supporters|donors)\\b"),
            rule("newsletter", MEDIUM, List.of("newsletter", "briefing", "digest", "mail", "inbox", "nieuwsbrief", "postfach",
                    "boîte", "boite", "bandeja", "casella", "inkorg", "indbakke", "innboks",
                    "nyhetsbrev", "nyhedsbrev", "boletín", "infolettre", "biuletyn", "ニュースレター", "メルマガ", "뉴스레터", "메일링"),
                    // a short sign-up line in other languages: "Meld je aan voor onze nieuwsbrief" (tried only on a
                    // block with one of the rule's words, as it does not start with "^")
                    "\\A(?=.{0,100}\\z)(?=.*(nieuwsbrief|newsletter|nyhetsbrev|nyhedsbrev|boletín|infolettre|biuletyn|"
                    + "ニュースレター|メルマガ))(?=.*\\b(meld|schrijf|abonneer|anmelden|abonnieren|bestellen|inscri\\w*|abonne\\w*|"
                    + "suscr\\w*|iscri\\w*|assin\\w*|cadastr\\w*|registr\\w*|prenumerera|tilmeld\\w*|zapisz|subscribe|sign up)\\b|"
                    + ".*(登録|購読))", "\\bnewsletters?\\b.{0,80}(sign up|subscribe|inbox)",
                    "(sign up|subscribe) (for|to) (our|the|this) [\\p{L} ]{0,40}(newsletter|briefing|digest|email)",
                    "delivered (straight )?to your inbox", "in your inbox( every| each|\\.|$)",
                    "\\b(in|to) your inbox\\b.{0,40}\\b(sign up|subscribe)\\b", "^enter your email",
                    // a sign-up box's own states and links: "Thanks for signing up!", "There was an error processing
                    // your subscription.", "See All Newsletters"
                    "^thanks?( you)? for (signing up|subscribing|your subscription)[.!]*$",
                    "^(sorry,? )?there was an error processing your (subscription|sign[- ]?up)[.!]*"
                    + "(\\s*please try again( later)?[.!]*)?$",
                    "^(see|view|browse) (all|more|our) newsletters[.!]*$",
                    "\\bto complete your (newsletter )?(subscription|sign[- ]?up)[.!]*$",
                    "^(your )?email address$", "^((enter|type) )?your e-?mail( address)?\\s*(\\.{3}|…)?$",
                    "^((ihre|deine) )?e-mail-adresse( eingeben)?$|^(votre )?adresse e-?mail$|^(tu )?correo electr[óo]nico$|"
                    + "^(il tuo )?indirizzo e-?mail$|^(seu )?endere[çc]o de e-?mail$|^(je )?e-?mailadres$",
                    // one short sentence about the reader's inbox: "Local headlines in your inbox before 7 a.m., …"
                    "\\A(?![^\\n]*[.!?]\\s+(?-i:\\p{Lu}))[^!?\\n]{0,80}\\b(in|to) your inbox\\b[^!?\\n]{0,80}\\z", "^get (the|our)( [\\p{L} ]{1,40})? (newsletter|email)",
                    "^get (the|our) [\\p{L} ]{1,40} (briefing|digest|bulletin)$",
                    "^(unsubscribe|manage (your )?preferences|update (your )?preferences)\\b",
                    "^(sign up|subscribe)\\b.{0,80}\\b(newsletters?|inbox)\\b", "^was this forwarded( to you)?\\b", "(뉴스레터|메일링)\\s*(구독|신청)\\s*(하기|하세요)?\\s*$",
                    "^no spam[,.!]", "\\byou can unsubscribe at any time\\b",
                    // a newsletter's box in other languages: its name, and one short sentence about the reader's inbox
                    "^(newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev)\\s*[„“\"«»:–—-]\\s*[^.!?]{1,60}$",
                    "\\A(?![^\\n]*[.!?]\\s+(?-i:\\p{Lu}))(?=[^\\n]*\\b(kostenlos|gratis|gratuite?s?|gratuit[ao]s?|jeden (morgen|"
                    + "tag|abend|freitag)|chaque (matin|jour|semaine)|cada (mañana|día|semana)|ogni (mattina|giorno|settimana)|"
                    + "elke (ochtend|dag|week)|varje (morgon|dag|vecka)|hver (morgen|dag|uke|uge)|newsletter|nieuwsbrief|"
                    + "nyhetsbrev|nyhedsbrev)\\b)[^!?\\n]{0,80}\\b(in (ihr|dein)(em|en)? postfach|dans votre bo[îi]te (mail|e-mail|"
                    + "de r[ée]ception)|en tu (bandeja de entrada|correo)|nella tua (casella|e-?mail|inbox)|in je (inbox|mailbox)|"
                    + "i din (inkorg|inbox|indbakke|innboks))\\b[^!?\\n]{0,80}\\z",
                    "^our (daily|weekly|monthly|free)( \\p{L}+)? newsletter (explains|brings|delivers|gives|rounds up)\\b[^!?]{0,120}$",
                    "^get (our|the) (best|latest|top) [^.!?]{1,60} delivered (to your inbox|weekly|daily|every (day|week|"
                    + "morning))[.!]?$",
                    "^thanks (for reading|for subscribing)\\b", "\\benter (your )?e-?mail( address)?\\b",
                    "^(sign up|subscribe) (for|to) (the |our )?(?-i:\\p{Lu})[\\p{L}'’ ]{2,40}(:|,| —| –|$)", "^(you can )?(reply|hit reply) to this email",
                    "^(our mailing address|mailing address|you are receiving)\\b",
                    "^(view|read) (this email|it) in (your|a) browser", "^forward (this email )?to a friend",
                    "you (are )?receiv(e|ing) this (email|newsletter) because", "^was this (email|newsletter) forwarded"),
            rule("share", SHORT, "^((" + SHARE_WORDS + ")[\\s|·•/,:：\\p{So}\\p{Sk}\\d()]*){1,12}$",
                    "^share (this|on|via|to)\\b", "^share (article|story|post|page) (on|via|to) \\p{L}[\\p{L}+.]*( \\p{L}+)?$", "^(compartir|partager|teilen|condividi|compartilhar|delen|dela|del|udost[ęe]pnij|i-share|ibahagi) "
                    + "(en|sur|auf|su|no|op|på|na|via|per|por|sa) (facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|correo|messenger|pinterest|reddit|bluesky|threads|vk|вконтакте)\\b", "^この記事を(シェア|共有)(する)?$", "^(click|tap) to (share|print|email)", "^sharing is caring\\W*$", "^\\d[\\d,.]*\\s*k?\\s*shares?$",
                    "^this (story|article|post) has been shared [\\d,.]+ times\\.?$"),
            // skip links in more languages: a rule of its own, so that their first letters do not open the long rule
            // of navigation to every text that starts with them
            rule("navigation", SHORT, "^(ir ao contido( principal)?|मुख्य सामग्री पर जाएं|मुख्य मजकुराकडे जा|ወደ ዋናው ይዘት ይዝለሉ|sari la con[țţt]inut(ul principal)?|דלג (אל|ל)?תוכן( העיקרי)?|"
                    + "ugrás a (fő)?tartalomhoz|μετάβαση στο (κύριο )?περιεχόμενο|перейти до (основного )?(змісту|вмісту)|"
                    + "(انتقل|تخطى|انتقال) إلى المحتوى( الرئيسي)?|(langsung )?ke konten( utama)?|(chuyển|đi) đến nội dung( chính)?|"
                    + "(salta|vés|ves) al contingut( principal)?|přejít (na|k) (hlavnímu )?obsah(u)?|siirry (pää)?sisältöön|"
                    + "presko[čc]i na (glavni )?sadr[žz]aj|p[řr]esko[čc]it na (hlavn[íi] )?obsah|lumaktaw sa (pangunahing )?nilalaman|"
                    + "ruka hadi (kwenye )?maudhui( makuu)?|langkau ke kandungan( utama)?|ข้ามไปยังเนื้อหา(หลัก)?|"
                    + "跳(到|至)(主要)?內容|(премини )?към (основното )?съдържанието|перейти к (основному )?содержимому|"
                    + "메뉴\\s*바로\\s*가기|মূল বিষয়বস্তুতে যান|মূল কনটেন্টে যান|مرکزی مواد پر جائیں|"
                    + "spring til (hoved)?indhold(et)?|fara beint í efni(ð)?|joan edukira|saltar al contenido( principal)?)$"),
            // a line of two or more buttons of other languages ("Dela   Spara"): a rule of its own, so that the first
            // letters of its words ("de", "sp", "ta") do not open the rule above to every text that starts with them
            rule("share", SHORT, "^((" + BUTTON_LINE_WORDS + ")[\\s|·•/,:：]+){1,11}(" + BUTTON_LINE_WORDS + ")[\\s|·•/,:：]*$"),
            rule("advertisement", SHORT, "^(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid (post|content)"
                    + "|iklan|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама|広告|スポンサードリンク"
                    + "|reklama|reklame|annons|annonse|annonce|mainos|ad feedback|story continues|sponsor(ed)? message"
                    + "|contenu sponsoris[ée]|contenido patrocinado|conte[úu]do patrocinado|contenuto sponsorizzato"
                    + "|gesponserter inhalt|gesponsorde inhoud|(lesen sie )?weiterlesen nach der anzeige"
                    + "|(der )?artikel (wird )?(geht )?nach der anzeige (weiter|fortgesetzt)|la suite (après|sous) (cette |la )?publicit[ée]"
                    + "|(el )?art[íi]culo contin[úu]a (despu[ée]s|tras) (del|la) (anuncio|publicidad)|(l['’]articolo )?continua dopo la pubblicit[àa]"
                    + "|partner content|promoted( content)?|story continues below( advertisement)?|article continues below"
                    + "( advertisement)?|scroll to continue( with content)?|continue reading (the main story|below)|skip (this )?ad(vertisement)?)[\\s.:-]*$",
                    "^(advertisement|sponsored)\\s*[-–—:|·•]",
                    "^(a )?(message|word) from (our|this week's|today's) (sponsors?|partners?)"),
            rule("sponsor", MEDIUM, "^(this (issue|newsletter|episode|post|email|edition|briefing|podcast) is )?(sponsored|"
                    + "brought to you|supported|presented|made possible) by\\b"),
            rule("related", SHORT, "^(related|related (articles?|stories|story|coverage|content|reading|links|posts|news|"
                    + "video|videos|podcasts?|topics|items|guides|reviews|recipes|research|publications|reports|"
                    + "resources)|"
                    + "read more|read next|read also|also read|more reading|"
                    + "more( [\\p{L}-]+){0,3} (explainers|reviews|obituaries|recipes|episodes|guides|essays|interviews|"
                    + "columns|features|editorials|letters|news|stories|articles|posts)|"
                    + "more on (this|that) (story|topic)|more (stories|news|coverage) (on|from|about)|see also|"
                    + "recommended( for you| reading| stories| articles)?|you (may|might) (also )?(like|be interested in|"
                    + "enjoy)|most (popular|read|viewed|shared|emailed)|trending( now| stories)?|editor'?s'? picks?|"
                    + "what to read next|further reading|top stories|"
                    + "(our |the )?(latest|recent) (news|stories|content|articles|posts)|"
                    + "popular (now|stories|posts)|top posts( (&|and) pages)?|"
                    + "don['’]?t miss|(see )?more from [\\p{L} ]{1,40}|up next|watch next|in (other|case you missed) news|explore further|"
                    + "more videos|more stories like this( one)?|trending news|(other|more) news (in|from) [\\p{L}&'’ ]{1,40}|"
                    + "return to [\\p{L}&'’ ]{1,40} news)[\\s:.…-]*$",
                    "^(related|read more|read also|also read|see also|also see|more)\\s*[:|»›>–—-]",
                    // another page of the site's, named with its host ("Also on rt.com Journalists & politicians …"); a
                    // link to its other pages on a topic ("Click Here for More on ANDREW LLOYD WEBBER")
                    "^also on [\\w-]+(\\.[\\w-]+)+\\s", "^click here (for more|to (read|see|view|find) more)\\b[^.!?]{0,60}$",
                    "^" + OTHER_STORIES_ALONE, "^" + MORE_IN_SECTION,
                    "^(related (video|videos|stories|story|articles?|content|coverage|links|posts|news|reading|topics)|"
                    + "read next|previously|don['’]?t miss|must read|further reading|"
                    + "читайте также|смотрите также|читайте також|"
                    + "baca juga|simak juga|lihat juga|"
                    + "(leggi|vedi) anche|leia (tamb[ée]m|mais)|veja (tamb[ée]m|mais)|lee (tambi[ée]n|m[áa]s)|te puede interesar|"
                    + "(à )?lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|lees ook|les ogs[åa]|"
                    + "l[äa]s ocks[åa]|l[æa]s ogs[åa]|czytaj (te[żz]|tak[żz]e|r[óo]wnie[żz])|zobacz (te[żz]|tak[żz]e))\\s*[:|»›>–—-]\\s*"
                    + "(?-i:[\\p{Lu}\\p{N}«„“\"'¿¡])",
                    "^【(関連記事|関連ニュース|関連|あわせて読みたい)】",
                    "^(lo m[áa]s (visto|le[íi]do)|m[áa]s le[íi]d[ao]s|les plus lus|meistgelesen|am meisten gelesen|i pi[ùu] letti|"
                    + "mais lidas|meest gelezen|mest leste?|mest l[äa]sta|najcz[ęe][śs]ciej czytane|アクセスランキング|人気記事)[\\s:.…-]*$",
                    // a ticker of other headlines: "BREAKING • Airport closed after bomb threat • FTSE 100 up 0.4%"
                    "^(breaking( news)?|trending( now)?|just in|latest( news)?)\\s*[•|·:]\\s*[^•|·]{3,80}([•|·][^•|·]{3,80})+$",
                    "^\\[(related|read more|read also|also read|see also|more|read|watch)\\s*[:|»›>–—-][^\\]]{1,120}\\]$"),
            rule("more-by", SHORT, "^more (by|from) (?-i:\\p{Lu})",
                    // the same label in other languages, the whole line: "Mehr Artikel der Autorin", "Plus d'articles de
                    // Claire Dubois" (not "Meer artikelen van de Grondwet staan …")
                    "^(mehr (artikel|beitr[äa]ge|texte) (der autorin|des autors|von" + NAME_WORDS + ")|plus d['’]articles "
                    + "(de|par)" + NAME_WORDS + "|m[áa]s (art[íi]culos|noticias) (del autor|de la autora|de" + NAME_WORDS + ")|"
                    + "altri articoli (dell['’]autore|di" + NAME_WORDS + ")|meer (artikelen|van) (van|door)( de auteur|"
                    + NAME_WORDS + ")|fler artiklar av" + NAME_WORDS + "|flere artikler (af|av)" + NAME_WORDS + ")[\\s:.…›»>-]*$",
                    "^email (?-i:\\p{Lu})[\\p{L}'’-]+( (?-i:\\p{Lu})[\\p{L}'’-]+){0,3}\\n", "^(other|more) (articles|stories|posts|work) by\\b",
                    "^(follow|contact) (the )?(author|writer|reporter|me|us)\\b", "^(email|write to) the author",
                    "^author(['’]s)? (e-?mail|profile|page|archive)$",
                    "^(read )?more about (me|the author|(?-i:\\p{Lu})[\\p{L}'’.-]+( (?-i:\\p{Lu})[\\p{L}'’.-]+){0,3})\\s*[→›»>]*$",
                    // "Contact Jordan Pike at jpike@example.com. Follow him on X @JPikePreps."
                    "^(contact|email|e-mail|reach|write to) (?-i:\\p{Lu})[\\p{L}'’.-]+( (?-i:\\p{Lu})[\\p{L}'’.-]+){0,3} "
                    + "(at|via) [\\w.+-]+@[\\w-]+\\.[\\w.]*\\w\\.?(\\s+follow (him|her|them|me)\\b[^.!?]{0,60}[.!]?)?$",
                    // "Email Dana Whitfield | Follow @dwhitfield_news"
                    "^(email|e-mail|contact) (?-i:\\p{Lu})[\\p{L}'’.-]+( (?-i:\\p{Lu})[\\p{L}'’.-]+){0,3}\\s*[|·•]\\s*follow\\b"),
            rule("photo-credit", MEDIUM, List.of("photo", "image", "illustration", "pictured", "credit", "getty", "(ap",
                    "reuters", "afp", "epa", "shutterstock", "bloomberg", "alamy", "istock", " for ", "/", " pour ", " para ", " per ",
                    " für ", " fur ", " voor "), "^(photo(graph)?|image|illustration|video|graphic|credit|photo credit|"
                    + "picture|pictured|top image|main image|header image|source image)s?\\s*(credit)?\\s*:",
                    "^((photo|image|video) )?credit\\s*(\\.{3}|…)\\s*(?-i:\\p{Lu})",
                    // a screen reader's label before a picture's source and caption, as the page prints it
                    "^(image|picture|photo|video) (source|caption)\\s*,\\s*(?-i:\\p{Lu})",
                    "\\((photo|image|illustration|pictured|credit)[:\\s][^)]{1,80}\\)\\s*$",
                    "^(previous|next|prev) (image|photo|slide|picture)\\b",
                    "^(view|see|open) (the )?(image|photo|picture) in (full ?screen|full size)$",
                    "^(photo gallery|gallery|bilderstrecke|fotogalerie|fotostrecke|galer[íi]a( de fotos)?|galleria( fotografica)?|diaporama)"
                    + "(\\s*[:|–—-].{0,100}|( starten| ansehen| öffnen)?\\s*(\\(\\d+[^)]{0,20}\\))?)$",
                    "^video player is loading\\b",
                    // a placeholder for a picture the copy left out: "Featured image", "見出し画像"
                    "^((featured|header|cover|hero|lead|top|main) (image|photo|picture)|見出し画像|アイキャッチ画像|メイン画像|封面图)$",
                    "^(above|pictured|from left|inset|(top|main|header) (image|picture|photo))\\s*:\\s*(?-i:\\p{Lu})",
                    "^(image|photo|picture|slide)\\s+\\d+\\s+(of|/)\\s+\\d+\\s*[:.|–—-]",
                    "^(click|tap) (here )?to (enlarge|expand|zoom)( (the |this )?(image|photo|picture))?[.]?$",
                    "\\((getty( images)?|reuters|shutterstock|bloomberg|alamy|istock|(?-i:AP|AFP|EPA)\\b( photo)?)[^)]{0,60}\\)\\s*$",
                    "\\b(getty images?|ap photo|afp via getty images|reuters/|/reuters|shutterstock)\\b",
                    "^\\[?(image|photo|picture|slide|video|graphic|illustration|chart|map|figure)( \\d+)?( (of|/) \\d+)?\\]?$",
                    "^(caption|hide caption|toggle caption|see full gallery)$",
                    "^((photo|image|picture)s? )?courtesy( of)? (the )?(?-i:\\p{Lu})[^.,;]{0,60}\\.?$",
                    "^(enlarge|expand|view) (this )?(image|photo|picture|gallery)$",
                    "^(file\\s*(photo)?\\s*[-–—:]\\s*)?in this ([\\p{L}.]+ \\d{1,2}, \\d{4},? |\\d{1,2} [\\p{L}.]+ \\d{4},? |undated |handout |"
                    + "file |recent )*(file |handout |undated )?(photo(graph)?|image|picture|video (grab|still|image)|frame grab)"
                    + "(,|\\s+(taken|made|released|provided|distributed|shot|from|by|dated|obtained|shared)\\b)",
                    "\\s[|/]\\s*(photo|image|credit)s?\\b.{0,60}$",
                    "^(photographs?|photos?|images?|illustrations?|video|pictures|words and pictures) (by|:)\\s",
                    "\\b(photograph|photo|image|illustration|credit)s?\\s*:\\s*(?-i:\\p{Lu})[^.]{0,60}$",
                    "^(download|view) (high-resolution|hi-res|the) (image|photo)s?\\b",
                    "\\.\\s+" + CREDIT_NAME + "(for|/)\\s+(the\\s+)?" + CREDIT_PUBLICATION,
                    // an agency's credit alone: "ACB Photo", "EFE Foto"
                    "^(?-i:\\p{Lu}{2,6})\\s+(photo|foto)s?$",
                    // a caption closed by its photographer, shouted, for the paper: "… THIBAUD MORITZ POUR « LE MONDE »"
                    "\\.\\s+(?-i:\\p{Lu}{2,}(?:[ '’-]\\p{Lu}{2,}){1,3})\\s+(?i:for|pour|para|per|f[üu]r|voor)\\s+[«\"“„]?\\s*"
                    + "(?-i:\\p{Lu})[^.]{1,50}$"),
            // captions and credits in other languages and scripts, tried only on blocks with their words
            // names alone on their line only with "for The" or a slash: "Meal Prep for A Little More Obsessed" is a headline
            rule("photo-credit", MEDIUM, List.of("for", "/"), "\\A" + CREDIT_NAME + "(for\\s+the|/)\\s+" + CREDIT_PUBLICATION,
                    // the same without spaces around the slash: "Jason Cipriani/ZDNet"
                    "\\A((?!" + ORGANISATION_WORDS + ")(?-i:\\p{Lu})[\\p{L}'’-]+\\s){1,2}(?!" + ORGANISATION_WORDS
                    + ")(?-i:\\p{Lu})[\\p{L}'’-]+/(?-i:\\p{Lu})[\\p{L}&.]{1,30}$"),
            rule("photo-credit", MEDIUM, List.of("photo", "foto", "fot.", "bild", "beeld", "billede", "zdj", "kuva",
                    "imagen", "imagem", "immagin", "crédit", "фото", "摄", "撮影", "写真", "提供", "사진", "제공", "기자", "연합뉴스", "뉴시스",
                    "뉴스1", "＝", "ภาพ", "(رويترز",
                    "(أ ف ب", "(أ.ف.ب", "(الأناضول", "(وكالات", "(أسوشيتد", "images", "pictures"),
                    "\\((foto|fotoğraf|bild|beeld|imagen|imagem|immagine|zdj[ęe]cie)[:\\s][^)]{1,80}\\)\\s*$",
                    "\\b(foto|фото|bild|beeld|billede|zdj[ęe]cie|kuva|fotograf[íi]a|imagen|imagem|immagine|cr[ée]dit[oa]?)s?\\s*:"
                    + "\\s*(?-i:\\p{Lu})[^.]{0,60}$",
                    // a caption's sentence and then its credit: "… van dinsdag. Beeld ANP", "… tirsdag. Foto: Ola Nordmann / NTB"
                    "\\.\\s+(photo|foto|fot\\.|bild|beeld|billede|zdj[ęe]cie|kuva|fotograf[íi]a)(\\s+|\\s*/\\s*)(?-i:\\p{Lu})[\\p{L}'’.-]*"
                    + "(\\s*(/|&|\\s)\\s*(?-i:\\p{Lu})[\\p{L}'’.-]*){0,5}\\.?$",
                    "(记者|摄影|摄)\\s*[\\p{IsHan}·]{2,5}\\s*摄\\s*$", "\\((رويترز|أ ف ب|أ\\.ف\\.ب|الأناضول|وكالات|أسوشيتد برس)\\)\\s*$",
                    "\\.\\s+(photo|foto|bild|beeld|billede|zdj[ęe]cie|kuva|fotograf[íi]a)\\s*:\\s*\\S.{0,60}$",
                    "\\(\\d+ (photos|images|pictures|bilder|fotos|immagini|photographies)\\)$",
                    "[（(](撮影|写真|提供)[・：:／/]?[^）)]{0,30}[）)]\\s*$",
                    "\\[[^\\]]{0,20}(사진|자료사진|제공)\\]$",
                    // a Korean caption's sentence and its credit: "… 붙어 있다. 연합뉴스", "… 있다. 사진=박서윤 기자", "노선도. 시 제공";
                    // a Japanese caption's credit after "＝": "…が青白く光る＝海洋研究機構提供", "…＝共同"
                    "[.。]\\s*(사진\\s*=\\s*[^.=]{1,30}|[^.\\s][^.]{0,20}\\s제공|[^.\\s]{1,10} ?자료사진)$",
                    // an agency or a photographer after a caption of one sentence, "… 있다. 연합뉴스", "… 있다. 김지훈 기자"
                    // (a text's last paragraph signed so has more than one)
                    "\\A[^.。]{4,200}[.。]\\s*(연합뉴스|뉴시스|뉴스1)$", "\\A[^.]{4,200}있다\\.\\s*\\p{IsHangul}{2,4} ?기자$",
                    "[^＝]{4}＝([^＝。]{0,30}(提供|撮影)|共同|ロイター|時事|AP|AFP|EPA)$",
                    // a Thai caption's credit, "photo:" after it: "… บ้านห้วยน้ำริน (ภาพ: ธนวัฒน์ ใจบุญ)", "… 5 ส.ค. ภาพ: ทีมข่าว"
                    "\\S\\s*(\\(ภาพ\\s*:[^)]{1,60}\\)|\\sภาพ\\s*:\\s*[^\\s:][^:]{0,40})$"),
            // a caption of one sentence closed by its credit after any one word and a colon, as pages in languages
            // without a listed word for "photo" print it: "… pa sukulu ya Kaluŵa. Chithuzi: Lusungu Mhango" (Tumbuka),
            // "… de Panyiöl. Thura: Wɛ̈t de Baai" (Dinka); not a source's note under a paragraph ("Source: …")
            rule("photo-credit", MEDIUM, List.of(":"), "\\A[^.!?:\\n]{20,300}\\.\\s+(?!(?i:sources?|notes?|update|"
                    + "editor)\\b)(?-i:\\p{Lu}\\p{Ll}{2,14}):\\s*(?-i:\\p{Lu})[\\p{L}\\p{M}'’.-]*"
                    + "(\\s+(\\p{Ll}{1,3}\\s+)?(?-i:\\p{Lu})[\\p{L}\\p{M}'’.-]*){0,4}$"),
            // a caption's credit with a slash: an agency in capitals and the photographer, a Brazilian paper's date
            rule("photo-credit", MEDIUM, List.of("/"),
                    // an agency in capitals and the photographer after the caption: "… martes. EFE/Juan Pérez"
                    "\\.\\s+(?-i:\\p{Lu}{2,}(\\s\\p{Lu}{2,})?)\\s*/\\s*(?-i:\\p{Lu})[\\p{L}'’.-]+(\\s(?-i:\\p{Lu})[\\p{L}'’.-]+){1,3}"
                    + "(/[\\p{L}.]{1,10})?\\.?$",
                    "\\b\\d{1,2}\\.(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\\.\\d{4}/(?-i:\\p{Lu})\\w+$"),
            rule("cookie", 900, List.of("cookie"), "\\b(we(['’]d| would)?( also)? (like to )?|this (site|website) )(use|uses|set|sets|place|"
                    + "places) (some |a few |small files called )?(essential |necessary |optional |analytics |additional )?"
                    + "cookies\\b",
                    "^cookies on\\b", "^(aviso|pol[íi]tica|avis|hinweis|informativa|melding|uwaga)( de| sur les| zu| sui| over| o)? "
                    + "(cookies?|plikach cookie)\\s*:?$",
                    // "Utilizamos cookies propias…", "Este site utiliza cookies", "Wir verwenden Cookies", "Używamy plików cookie"
                    "\\A(?=.{0,300}?\\b(utiliz|usamos|usa |usiamo|uso de|verwende|nutze|gebruik|u[żz]ywa|anv[äa]nd|bruge|bruke|"
                    + "kullan|utilis)\\p{L}*\\b[^.!?]{0,40}\\b(cookies?|plik[óo]w cookie)\\b).{0,400}?[\\s.|·]"
                    + "(aceptar|aceitar|accepter|accept|akzeptieren|accetta|accettare|accepteren|configurar|einstellungen|"
                    + "param[eè]tres|saber mais|m[áa]s informaci[óo]n|mais informa[çc][õo]es|entendido|ok|zgadzam si[ęe])"
                    + "[\\s.!|·]*\\z", "^(view|change|manage|set|review) (your )?cookies?\\b.{0,30}$",
                    // a consent box's buttons in other languages: "Alle akzeptieren", "Tout accepter", "Akceptuję"
                    // (not a single verb, "Accepter", "Zustimmen": a text's own subheading as often)
                    "^(alle akzeptieren|alle ablehnen|nur (notwendige|essenzielle) cookies|tout accepter|tout refuser|"
                    + "accepter et fermer|continuer sans accepter|param[ée]trer les cookies|aceptar (todo|todas)|rechazar todo|"
                    + "configurar cookies|aceitar (tudo|todos)|rejeitar tudo|accetta (tutto|tutti)|rifiuta tutto|"
                    + "alles accepteren|akceptuj[ęe]( wszystkie)?|odrzu[ćc] wszystkie|przejd[źz] do ustawie[ńn]|"
                    + "godk[äa]nn alla|acceptera alla|avvisa alla)[\\s.!]*$", "^(accept|reject|allow|decline|refuse)( all| only essential| necessary| additional)?"
                    + "( cookies)?\\b.{0,40}$",
                    "^(manage|customi[sz]e) (cookies|preferences|cookie settings|options|choices)",
                    "^(accept|reject|allow|manage) (all )?(cookies|cookie (settings|preferences))",
                    "cookie (policy|settings|preferences|consent)", "^got it[.!]?$", // "Got it": a consent box's button
                    "by (continuing to (use|browse)|using) (this|our) (site|website)", "^we (value|care about|respect) your privacy[.!]?$",
                    // the heading of a consent box in the corpus's languages: "Your privacy is important to us"
                    "^(your privacy (is important to us|matters( to us)?)|ihre privatsph[äa]re ist uns wichtig|votre vie priv[ée]e "
                    + "(est importante pour nous|nous importe)|tu privacidad (es importante para nosotros|nos importa)|la tua "
                    + "privacy [èe] importante per noi|a sua privacidade [ée] importante para n[óo]s|uw privacy is belangrijk "
                    + "voor ons|twoja prywatno[śs][ćc] jest dla nas wa[żz]na)[.!]?$",
                    "^we and our (\\d+ )?(partners|vendors)\\b.{0,100}\\b(cookies|information on (a|your) device)",
                    // the same consent text in other languages: "My i nasi partnerzy przechowujemy … pliki cookie"
                    "^(my i nasi( \\d+)? partnerzy|nous et nos( \\d+)? partenaires|wir und unsere( \\d+)? partner|nosotros y nuestros"
                    + "( \\d+)? socios|noi e i nostri( \\d+)? partner|n[óo]s e os nossos( \\d+)? parceiros|wij en onze( \\d+)? partners|"
                    + "vi og v[åa]re( \\d+)? partnere|vi och v[åa]ra( \\d+)? partner)\\b.{0,200}\\bcookies?\\b", "^(privacy|cookie) (policy|notice)\\b",
                    "^this content is (hosted|provided) by a third party\\b", "\\bto (view|see|watch|display) (it|this( content| video| post)?)\\b"
                    + "[^.!?]{0,30}\\b(allow|accept|enable)\\b[^.!?]{0,30}\\bcookies\\b",
                    "^(per visualizzare|pour (voir|afficher|visualiser)|para (ver|visualizar)|um (diese[nrs]?|den|das) [\\p{L}]+ "
                    + "(anzuzeigen|zu sehen)|om (deze|dit|de|het) [\\p{L}]+ te (zien|bekijken))\\b.{0,60}\\b(accettare|accetta|akzeptieren|"
                    + "accepter|aceptar|aceitar|accepteren)\\b.{0,30}\\bcookie",
                    "^((empfohlener )?externer inhalt|contenu externe|contenido externo|conte[úu]do externo|contenuto esterno|"
                    + "externe inhoud)\\b", "^ich bin damit einverstanden, dass mir externe inhalte"),
            rule("tags", SHORT, "^(tags?|topics?|filed under|categor(y|ies)|more about|related topics|keywords|subjects?|"
                    // a blog's "Labels:" (not a record's "Label: Sub Pop")
                    + "section|posted in|labels)\\s*:", "^(tags?|topics)$",

                    // the same label alone in the other languages the structure stage reads
                    // (not "Themen", "Temas" or "Argomenti" alone, which head a text's own list as often)
                    "^(schlagw[öo]rter|schlagworte|sujets associ[ée]s|th[èe]mes associ[ée]s|verwandte themen|"
                    + "argomenti correlati|temas relacionados|assuntos relacionados|gerelateerde onderwerpen|mots[- ]cl[ée]s|etiquetas|temas relacionados|tag correlati|trefwoorden|tagi|taggar|"
                    + "archivado en|[äa]mnen i artikeln|emner i artikl?en|(lees )?meer over|"
                    // and Serbian, Croatian, Russian, Spanish, Portuguese, Italian, Thai
                    + "tagovi|oznake|klju[čc]ne (re[čc]i|rije[čc]i)|ключевые слова|palabras clave|palavras[- ]chave|parole chiave|"
                    + "แท็ก|แท็กที่เกี่ยวข้อง|"
                    // and Hindi, Malay, Afrikaans, Finnish, Estonian, Lithuanian, Latvian, Slovene, Bulgarian, Persian,
                    // Swedish and Norwegian (not Tagalog's "Mga tag" nor Bulgarian's "Етикети" alone: a list of luggage
                    // tags or of a wine's labels is headed so)
                    + "टैग्स?|topik berkaitan|meer oor|tagit|asiasanat|märksõnad|žymės|birkas|atslēgvārdi|"
                    + "oznake|тагове|برچسب(\u200cها| ها)?|stikkord|emneord|"
                    + "タグ|标签|태그)\\s*:?$",
                    "^(trending( now)?|(hot|popular|trending) topics|in the news)\\s*:\\s*(([^,|.!?]{1,40}[,|]\\s*)+[^,|.!?]{1,40})?$", "^(explore )?more on (these|this) topics?\\b", "^(タグ|标签|標籤|etiquetas|schlagwörter|теги|метки)\\s*[:：]",
                    "^(tematy|temat|t[ée]mata|themen|th[èe]mes|temas|argomenti|onderwerpen|emner|[äa]mnen|konular|topik|etiketler|"
                    + "štítky|tagy|stikord|nøgleord|avainsanat|الوسوم|وسوم|الكلمات المفتاحية|תגיות|mots[- ]cl[ée]s|tagovi|oznake|"
                    + "etiquetas|palabras clave|palavras[- ]chave|parole chiave|trefwoorden|теги|ключевые слова|แท็ก|mga tag|"
                    + "टैग्स?|topik berkaitan|meer oor|tagit|asiasanat|märksõnad|žymės|birkas|етикети|برچسب(\u200cها| ها)?|"
                    + "etiketter|stikkord|emneord)\\s*[:：]"
                    + "[^.!?]{1,100}$"),
            rule("comments", SHORT, "^\\d[\\d,.k]*\\s+(comments?|responses|replies|reactions)$",
                    "^\\d+ (thoughts|comments|responses|replies) on\\b", "^" + COMMENT_NAME + " (says|said|wrote):?$",
                    "^" + COMMENT_HANDLE + " (says|said|wrote):?$",
                    "^(comments?|show comments|view comments|load comments|leave a (comment|reply)( cancel reply)?|join the (conversation|"
                    + "discussion)|add (a |your )?comment|comments are (closed|open)|\\d+ comments?)\\b[\\s:.()0-9]*$",
                    "^comments?\\s*[-–—:]\\s*\\d+$",
                    "^(you must|you need to|please) (be )?(logged|signed) in to (comment|post|reply|join|read)\\b[^.!?]{0,80}[.!]?$",
                    // and in Slovene, Croatian, German, French, Spanish
                    "^(za komentiranje se morate prijaviti|za komentiranje se morate prijaviti|morate biti prijavljeni|"
                    + "um (zu )?kommentieren|vous devez (être connecté|vous connecter) pour commenter|"
                    + "debes (iniciar sesi[óo]n|estar registrado) para comentar)\\b[^!?]{0,60}[.!]?$",
                    "^(what do you think|have your say)\\?*$", "^reader interactions$",
                    // the comments' link or heading in other languages, alone or with their count
                    "^(coment[áa]rios|commentaires|kommentare|commenti|reacties|kommentarer|kommentit|komentarze|"
                    + "koment[áa][řr]e|yorumlar)\\s*[(（]?\\d*[)）]?$", "^(查看|展开)(更多|全部)评论$", "^(reply|report|flag|like|dislike|reply to this comment)$",
                    // a comment's reply button in the other languages the structure stage reads ("Antworten" is also "answers")
                    "^(r[ée]pondre|responder|rispondi|beantwoorden|svara|odpowiedz|odpov[ěe]d[ěe]t|yan[ıi]tla|返信|回复|답글)$",
                    "^notify me (of|via|when)\\b",
                    // an obituary's tributes: "Add your tribute", "Leave a tribute"
                    "^(add|leave|post|write) (your|a) (tribute|condolence|message of condolence)s?$",
                    // an obituary's guest book: "Guest Book", "Sign the guest book", "Share a memory or offer condolences …"
                    "^(sign the guest ?book|view all (entries|condolences|memories))$",
                    "^share (your|a) (memor(y|ies)|condolences?)\\b[^.!?]{0,80}\\bguest ?book[.!]?$",
                    // a funeral home's buttons beside the obituary: "Send Flowers", "Plant a Tree", "Light a Candle"
                    "^(send flowers|plant a tree|light a candle|tribute wall|order flowers|send a card)$",
                    "^share a (memory|condolence)\\b[^.!?]{0,80}[.!]?$", "^(go|jump|skip) to (the )?comments$", "^(ir|ve) a (los )?comentarios$",
                    "^aller aux commentaires$", "^zu den kommentaren( springen)?$", "^(vai|salta) ai commenti$",
                    "^ir para (os )?coment[áa]rios$", "^naar (de )?reacties$", "^be the first to (comment|reply|review)( on this (article|story|post))?[.!]?$", "^this site uses akismet to reduce spam\\b",
                    // no comments yet, in English, Italian, French, German, Spanish, Portuguese, Dutch
                    "^(no comments( yet)?|nessun commento|aucun commentaire|keine kommentare|sin comentarios|"
                    + "sem coment[áa]rios|geen reacties)[.!]?$"),
            rule("comments", SHORT, List.of(" on "), "\\A" + COMMENT_DATED.substring(1)),
            rule("listen", SHORT, "^listen to (this|the|our) (article|story|podcast|episode)",
                    "^(listen|audio|play)(\\s*[·|:–-]?\\s*\\d+\\s*(min|mins|minutes)(\\.)?( \\d+ sec)?)?$",
                    "^\\d+\\s*(min|mins|minutes?)\\s+(listen|read)\\b", "^narrated by\\b", "^(audio|listen) (version|here)",
                    "^(your browser does not support|this audio is)",
                    "^(artikel (an)?h[öo]ren|[ée]couter (cet|l['’]) article|escuchar (este |el )?art[íi]culo|ouvir (este |o )?artigo|"
                    + "ouvir (a )?not[íi]cia|escuchar (la )?noticia|ascolta la notizia|"
                    + "ascolta (questo |l['’])articolo|luister naar (dit|het) artikel|lyssna p[åa] artikeln|lytt til artikkelen|"
                    + "lyt til artiklen|pos[łl]uchaj artyku[łl]u|記事を(聞く|読み上げる)|音声で聞く)[\\s.:]*$",
                    "^media playback is (un)?supported on your device", "^audio (produced|provided|narrated) by\\b.{0,40}$", "^[0-2](\\.\\d{1,2})?x$", "^\\d{1,2}:\\d{2}(:\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(:\\d{2})?$", "^(narrated|read|voiced) by (an? )?(ai|artificial intelligence|"
                    + "automated voice|synthetic voice)[.!]?$",
                    "^(watch|listen|video|audio)\\s*[|▶]\\s*(?-i:\\p{Lu}).{0,100}$"),
            rule("app-promo", SHORT, List.of("app", "play", "home"), "\\b(download|get|install|open( this)?( story)?( in)?) (the|our) [\\p{L} ]{0,30}app\\b",
                    "\\b(app store|google play|play store)\\b", "^(open|read|continue|view) in (the )?app$",
                    "^(download|installeer|t[ée]l[ée]charge[zr]?|descarga|baixe|scarica|lade|hol dir)\\b.{0,30}\\bapp\\b[^,;]{0,60}$",
                    "^(turn on|enable|allow|get) (push |breaking news )?(notifications|alerts)( to [^,.!?]{0,60})?[.!]?(\\n|$)",
                    "\\badd ((?-i:\\p{Lu})[\\p{L}'’ ]{1,40}|this (site|app|page|website)|us) to your home ?screen\\b"),
            rule("breadcrumb", SHORT, List.of(">", "›", "»", "/", "|", "＞", "〉"), "\\A([\\p{L}\\p{M}\\p{N}&'’・ ]{1,30}"
                    + "(\\s*(>|›|»|/|\\|)\\s*|\\s+[＞〉]\\s+)){2,}[\\p{L}\\p{M}\\p{N}&'’・ ]{1,30}(…|\\.\\.\\.)?$"),
            rule("copyright", MEDIUM, List.of("rights", "무단", "재배포", "無断", "转载", "réserv", "reserv", "vorbehalten",
                    "riservat"),
                    // a notice against copying beside a copyright mark, on one line: tried from a line's start only,
                    // where it matches if anywhere on the line (from every place, the search was quadratic in a line)
                    "^[<\\[(]?\\s*저작권자\\s*[ⓒ©(]", "(?:^|(?<=[\\n\\r\\u0085\\u2028\\u2029]))(?=.*(©|ⓒ|copyright|版权|版權|著作権)).*(무단\\s?전재|재배포\\s?금지|無断転載|禁止转载)",
                    "^(無断転載|無断複製|禁止转载|未经授权)[^。]{0,20}(禁じます|禁止|不得转载)?[^。]{0,10}。?$",
                    "^(©\\s*)?riproduzione riservata\\b", "^(©|\\(c\\)\\s*\\d{4}|copyright\\s*(©|\\(c\\)|\\d{4}))", "\\ball rights reserved\\b",
                    "^this (article|story|material) (may|must) not be (published|reproduced|copied)"),
            rule("copyright", MEDIUM, List.of("dro", "derech", "todo", "rechte", "produz"), "\\A[^.!?]{0,60}\\b(tous droits "
                    + "r[ée]serv[ée]s|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|"
                    + "riproduzione riservata)\\b[.\\s©]*$"),
            rule("reading-time", SHORT, "^\\d+\\s*(-\\s*)?(min|mins|minute|minutes)(\\.)?\\s+read$",
                    // "约 6 分钟读完", "阅读时间：6分钟", "この記事は約5分で読めます"; a count of reads or views: "阅读 3.2k", "12.4k views"
                    "^(预计|大约|约)?\\s*\\d+\\s*分钟(读完|阅读|可读完)$", "^阅读(时间|时长)\\s*[：:]?\\s*(约\\s*)?\\d+\\s*分钟$",
                    "^(この記事は)?約?\\d+分で読めます$", "^(阅读|浏览|閱讀|瀏覽|조회수?|閲覧数?)\\s*[：:]?\\s*\\d[\\d.,]*\\s*[kKwW万萬]?\\+?$",
                    "^\\d[\\d.,]*\\s*[kKmM]?\\s*(views|reads)$",
                    "^(reading time|estimated reading time|read time)\\s*:?\\s*\\d+", "^\\d+ min read\\b",
                    // in Persian and Arabic, with their digits: "زمان مطالعه: ۸ دقیقه", "وقت القراءة: 5 دقائق"
                    "^(زمان (تقریبی )?مطالعه|مدت زمان مطالعه|وقت القراءة|مدة القراءة)\\s*[:：]?\\s*[\\d۰-۹٠-٩]+\\s*"
                    + "(دقیقه|دقائق|دقيقة|د)?$",
                    "^(lesedauer|lesezeit|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|leestijd|"
                    + "l[äa]stid|l[æa]setid|czas czytania|okuma s[üu]resi|doba [čc]ten[íi])\\s*:?\\s*(ca\\.\\s*|~\\s*)?\\d+\\s*"
                    + "(min|minuten|minutes|minutos|minuti|minuter|minutter|minut|dakika|minuty)?\\.?$",
                    "^\\d+\\s*(min|minuten|minutos|minuti|minuter|minutter)\\.?\\s+(lesezeit|lesedauer|de leitura|de lectura|"
                    + "de lecture|di lettura|leestijd|l[äa]stid|l[æa]setid)$"),
            rule("print-chrome", SHORT, List.of("    ", "paper", "brief", "note"), "^back to top\\s*[↑⬆▲^]$",
                    "^press enter to show all options\\b",
                    "^(pinned post|show key events only|key events)(\\n|$)", "^show \\d+ new (updates?|posts?|entries)$",
                    "^load more( posts| updates| stories| articles| comments| entries)?$",
                    // the same on live pages in other languages: "Oudere berichten laden", "Ältere Beiträge laden"
                    "^((oudere|meer) (berichten|updates) laden|meer laden|(ältere|weitere) (beiträge|einträge|meldungen) "
                    + "laden|mehr laden|charger (plus|les (messages|publications) précédent(e)?s)|cargar m[áa]s( entradas)?|"
                    + "carregar mais( publica[çc][õo]es)?|carica(re)? altr[io]( post)?|(visa|läs in) fler( inlägg)?|vis flere"
                    + "( innlegg| opdateringer)?|näytä lisää|za[łl]aduj wi[ęe]cej|na[čc][íi]st dal[šs][íi]|daha fazla y[üu]kle)$", "^(page \\d+( of \\d+)?|\\d+ of \\d+|\\d+\\s*/\\s*\\d+|- \\d+ -|\\d+)$", "^page \\d+ of \\d+\\b",
                    "\\S\\s{4,}\\d{1,3}$", "^\\d{1,3}\\s{4,}\\S", "^(issue|vol\\.?|volume|no\\.)\\s*(no\\.?\\s*)?\\d+\\b.{0,40}$",
                    "^(issn|isbn|doi)\\b", "^\\S.{0,60}\\S\\s{5,}\\S.{0,60}$", "^\\[?\\(?\\d{1,2}:\\d{2}(:\\d{2})?\\)?\\]?$",
                    "^(watch|play) (the )?(video|recording|full event|event|livestream)\\b",
                    "^download (the )?(audio|video|transcript|pdf|report|slides|podcast)\\b",
                    // "download PDF" in Swahili, Spanish, Portuguese, French, German, Indonesian
                    "^(pakua|descargar|baixar|t[ée]l[ée]charger( le)?|unduh) (pdf|el pdf|o pdf)$", "^pdf (herunterladen|downloaden)$",
                    // "download" alone in Nepali and Hindi, under a notice's file
                    "^डाउनलोड( गर्नुहोस्| करें)?$",
                    "\\b(working|policy|discussion|research|briefing|occasional|conference|white) (paper|brief|note)"
                    + "( series)?,? (no\\.?|number|#)\\s*\\d[\\d/.-]*$", "^this (article|story|essay|piece) (appears|appeared|was (originally |first )?published|(originally|first) "
                    + "appeared|originally ran) (in|on)\\b(?![^.!?]*\\b(and|which|when|but|where)\\b)", "^\\[?(end of transcript|applause|laughter|crosstalk|inaudible)\\]?\\.?$",
                    "^(back to top|skip to (main )?content|jump to|table of contents|print this page|"
                    + "print( article| story)?|view (full|the full) (article|story)|show more|load more|see more|"
                    + "expand|collapse|close|menu|search( the (web|site))?|home|replay|view all( \\(\\d+\\))?|back to (gallery|top|article|story))$",
                    // a link back to the site's list of posts under the text: "« Back to News", "Back to latest news"
                    "^[«‹←<]?\\s*back to (all |the |latest )?(news|blog|posts|articles|stories|updates|press releases|"
                    + "media releases|news releases)$",
                    // the search box's label in the other languages the structure stage reads
                    // (verbs only: "Suche" or "Cerca" alone is as often a text's subheading)
                    "^(suchen|rechercher|buscar|zoeken|s[öo]k|szukaj|pesquisar|поиск|検索|搜索|검색)$"),
            rule("print-chrome", SHORT, List.of("|"), "\\A[^.!?]{0,60}\\|\\s*(no\\.|vol\\.|volume|issue|number)\\s*\\d+"),
            rule("email-chrome", SHORT, "^-{2,}\\s*forwarded message\\s*-{2,}$", "^begin forwarded message:?$",
                    "^(sent|to|cc|bcc|date|subject|reply-to):\\s+\\S", "^from:\\s+.*(@|\\bon behalf of\\b)", "^sent from my (iphone|ipad|android|phone)",
                    "^-{2,}\\s*original message\\s*-{2,}$", "^--\\s*$", "^-- (?-i:\\p{Lu})"),
            rule("wire-credit", MEDIUM, "^\\((reporting|writing|additional reporting|editing) by\\b", "^(责任编辑|責任編輯)\\s*[:：]",
                    "^(--?|—)?\\s*(reporting|writing|additional reporting|editing|edited) by (?-i:\\p{Lu})[^.]{0,120}(;|\\.?$)",
                    // a Canadian newsroom's credit to its colleagues and agencies: "With files from The Canadian Press"
                    "^with (additional )?files from (?-i:\\p{Lu})[^.!?]{0,120}\\.?$",
                    // the agencies and the editor's initials a German or French report closes with: "dpa/jk", "(AFP/mb)"
                    "^\\(?(dpa|afp|ap|rtr|reuters|epd|kna|sid|apa|sda|ansa|efe|belga|anp|kyodo)(\\s*/\\s*[a-z]{1,6}){1,3}\\)?$",
                    // the agency a German, Dutch or Nordic report drew on, alone at its end: "mit dpa", "Mit Material von
                    // AFP", "(met ANP)", "(©NTB)"
                    "^\\(?((mit|met|med|avec|con|com) (material von |material (fra|från) )?|©\\s?)(dpa|afp|ap|reuters|epd|kna|sid|apa|sda|"
                    + "ansa|efe|belga|anp|ntb|tt|ritzau|stt|kyodo)(\\s*(/|und|and|og|och|en)\\s*(dpa|afp|ap|reuters|epd|kna|sid|apa|sda|"
                    + "ansa|efe|belga|anp|ntb|tt|ritzau|stt))*\\)?\\.?$",
                    // the editors' initials alone in brackets, as Indonesian and German reports close: "(dpr/rtw)"
                    "^(?-i:\\([a-z]{2,4}(/[a-z]{2,4}){1,3}\\))$"),
            rule("press-boilerplate", SHORT, "^(for immediate release|###|[-–—]\\s*(30|end)\\s*[-–—]|ends|"
                    + "embargoed until\\b.*|media contacts?:?|press contacts?:?|contact:?|"
                    + "for more information,? (please )?contact:?)$",
                    "^(for )?(all )?(media|press) (enquiries|inquiries)\\b",
                    // the media contact's heading in Czech, Slovak, Polish, German, French, Spanish, Portuguese,
                    // Italian, Dutch, the Nordic languages, Finnish, Hungarian and Turkish
                    "^(kontakt pro m[eé]dia|kontakt pre m[eé]di[aá]|kontakt dla medi[oó]w|presse?kontakte?|medienkontakte?|"
                    + "contacts? (presse|m[eé]dias?)|contactos? (de|para) (prensa|medios)|contatos? (de|para) (a )?imprensa|"
                    + "contatt[oi] (per la )?stampa|perscontact(en)?|mediekontakte?r?|mediayhteydet|sajt[oó]kapcsolat|"
                    + "bas[ıi]n (i[cç]in )?ileti[sş]im)\\s*:?$"),
            // a notice's files to download: the heading ("Attachments", "Prílohy", "संलग्न फाइलहरू"), a file's name or
            // title with its type and size ("Rozhodnutie Okresného úradu (PDF, 486 kB)", "notice-2081.pdf (245.3 KB)")
            rule("attachments", SHORT, List.of("b)"), "^(attachments?|attached files|downloads|pr[ií]lohy|přílohy|"
                    + "za[lł][aą]czniki|anh[aä]nge|pi[eè]ces jointes|allegati|bijlagen|anexos|adjuntos|liitteet|bilagor|"
                    + "vedlegg|bilag|mell[eé]kletek|ekler|संलग्न फाइलहरू|संलग्न फाइलहरु)\\s*:?$",
                    "\\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip)\\s*\\(\\s*[\\p{Nd}.,]+\\s*[kmg]i?b\\)$",
                    "\\((pdf|docx?|xlsx?|pptx?|odt|ods|zip)\\s*,\\s*[\\p{Nd}.,]+\\s*[kmg]i?b\\)$",
                    // a link to a file, its type in brackets: "Download Route 431 timetable from 30/09/2024 (PDF)"
                    "^download\\b[^.!?]{1,100}\\((pdf|docx?|xlsx?|pptx?|odt|ods|zip)\\)$"),
            rule("navigation", 200, "^skip to (main )?(content|navigation)\\b",
                    // a site's keyboard shortcuts: "Press J to jump to the feed. Press question mark to learn …"
                    "^press (\\p{L}|\\?|question mark|shift\\s*\\+\\s*\\?) to (jump|learn|see|open|skip|go)\\b[^\\n]{0,120}$",
                    // a government site's banner: "An official website of the State of Columbia", "Here's how you know"
                    "^an official website of (the )?[\\p{L} '’-]{2,60}\\.?$",
                    "^(official websites use \\.gov|secure \\.gov websites use https)\\b",
                    "^skip (navigation|links|to (the )?(key events|search|footer|(main |site )?menu|sections?|section navigation|"
                    + "(primary|main) (navigation|sidebar|content)|sidebar))$",
                    // a recipe card's buttons (the recipe plugins of blogs print them in the site's language)
                    "^(jump to|print|pin|rate( this)?|save) (the )?(recipe|video)$|^saltar a la receta$|^aller [àa] la recette$|"
                    + "^zum rezept( springen)?$|^(vai|salta) alla ricetta$|^(pular|ir) para a receita$|^(ga )?naar (het )?recept$",
                    // the same link as other languages' sites print it (WordPress, Drupal and the like)
                    "^(direkt )?zum (haupt)?inhalt( springen| wechseln)?$|^(direkt )?zu[rm] (haupt)?(navigation|suche|men[uü]|fu[ßs]zeile)"
                    + "( springen| wechseln)?$|^(aller|passer|sauter) (au contenu( principal)?|[àa] la recherche|au menu"
                    + "( principal)?|au pied de page|à la navigation)$|^(saltar|ir) (a la b[uú]squeda|al men[uú]|al pie de p[aá]gina)$|"
                    + "^(saltar|ir|pasar) al contenido( principal)?$|^(ga )?direct naar (de )?(hoofd)?inhoud$|^(ir|pular|saltar) para o conte[uú]do( principal)?$|"
                    + "^(passa|vai|salta) al contenuto( principale)?$|^(naar|ga naar) (de )?(hoofd)?inhoud( springen| gaan)?$|"
                    + "^przejd[zź] do (tre[sś]ci|zawarto[sś]ci|menu|stopki|wyszukiwarki|nawigacji)$|^перейти к (основному )?содержанию$|"
                    + "^(メイン)?コンテンツへ(スキップ|移動)$|^本文へ(スキップ|移動)$|^跳(到|转到|至)(主要)?(内容|正文)$|"
                    + "^본문\\s*바로\\s*가기$|^[iİı]çeri[gğ]e (ge[cç]|atla)$|^hopp til (hovedinnhold|innhold)$|"
                    + "^(hoppa|gå) till (huvud)?inneh[aå]ll(et)?$|^spring til (indhold|hovedindhold)$|"
                    // Uzbek, Maltese, Irish, Malayalam
                    + "^asosiy (kontent|mazmun)ga o[ʻ'‘’`]?tish$|^aqbe[żz] g[ħh]all-kontenut( ewlieni)?$|"
                    + "^l[ée]im chuig an (bpr[ií]omh)?[áa]bhar$|^ഉള്ളടക്കത്തിലേക്ക് പോകുക$",
                    // the notice a page prints where a script's box would be: "Please turn on JavaScript to use this feature"
                    "^(please )?(turn on|enable|activate|allow) javascript( in your browser)?( to [^.!]{1,60})?[.!]?$|"
                    + "^javascript (is )?(required|disabled|must be enabled)\\b[^.!]{0,60}[.!]?$|"
                    + "^this (slideshow|gallery|video|map|content|feature|page) requires javascript[.!]?$",
                    "^(open|close|toggle|show|hide) (the )?(navigation|nav|main|site|search)( menu| bar)?$", "^(next|previous|prev) (post|article|story)\\b",
                    "^(post|posts|article) navigation$", // WordPress's heading over those links
                    // an event's booking button alone: "Book now", "Buy tickets"
                    "^(book|buy|reserve) (now|tickets|your (tickets?|seats?|place|spot))[.!]?$",
                    // the links to the items before and after, labelled and pointed: "« Previous: Notice of …", "Next:
                    // CLE Seminar – … »"
                    "^[«‹←]\\s*(previous|prev|older|newer|next)\\b.{0,120}$",
                    "^(previous|prev|older|newer|next)\\s*:.{1,120}[»›→]$",
                    // the same link in other languages: "Nächster Artikel", "Article suivant", "次の記事"
                    "^(n[aä]chste[rs]?|vorherige[rs]?) (artikel|beitrag)\\b|^(article|billet) (suivant|pr[eé]c[eé]dent)\\b|"
                    + "^(siguiente|anterior) (art[ií]culo|entrada|noticia)\\b|^art[ií]culo (siguiente|anterior)\\b|"
                    + "^(pr[oó]ximo artigo|artigo anterior)\\b|^articolo (successivo|precedente)\\b|"
                    + "^(volgend|vorig) (artikel|bericht)\\b|^(следующая|предыдущая) (статья|запись)\\b|"
                    + "^(次|前)の(記事|投稿|エントリー?)|^(下|上)一篇|^(다음|이전)\\s*(글|기사)",
                    "^([úu]ltima hora|breaking news|eilmeldung|derni[èe]re minute|ultim['’]ora|[úu]ltimas not[íi]cias)$",
                    "^(menu|search|home|news|sections?|sign in|log in|subscribe|account|more)(\\s+(menu|search|home|news|"
                    + "sections?|sign in|log in|subscribe|account|more))+$"),
            rule("navigation", 200, List.of(" ("), "\\A\\p{L}[\\p{L} ]{1,30} \\(\\d+\\)$"),
            // a menu's items on one line, between runs of white space or bars: tried on a line with one of those
            rule("navigation", 200, MENU_SEPARATORS, "\\A((?-i:[\\p{Lu}\\p{So}])\\S*(\\s\\S+){0,2}\\s*(▾|▼|⌄)?(\\s{2,}|\\s*[|•·]\\s*)){3,}(?-i:[\\p{Lu}\\p{So}])\\S*(\\s\\S+){0,2}\\s*(▾|▼|⌄)?$"),
            // a market or score ticker and a weather box across the top of a page: "SENSEX 74,102.32 ▲ 0.84%   NIFTY 50 …",
            // "FINAL   Harbour Hawks 88 – 91 Capital Cats", "Weather: Townsville 31°" (tried only on a line with an arrow
            // or a weather word, but for the score)
            rule("ticker", MEDIUM, List.of("▲", "▼", "△", "▽", "weather", "wetter", "météo", "meteo", "tiempo", "clima", "tempo",
                    "pogoda", "погода"),
                    // three figures with their arrows or more, little between them: a market ticker, not a headline
                    // ("Sensex ▲ 500 pts, Nifty ▲ 150 as …") nor a list with arrows as bullets ("▲1차 접수 …")
                    "\\A(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,30}?(?:\\d[\\d.,]*\\s*%?\\s*[▲▼△▽]|[▲▼△▽]\\s*[+-]?\\d[\\d.,]*%?)(?!\\p{L})(?:(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,30}?(?:\\d[\\d.,]*\\s*%?\\s*[▲▼△▽]|[▲▼△▽]\\s*[+-]?\\d[\\d.,]*%?)(?!\\p{L})){2,}(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,40}\\z",
                    // two scores or more after the state of play: "FINAL   Harbour Hawks 88 – 91 Capital Cats | …"
                    "^(final|ft|ht|live|full[- ]time|half[- ]time)\\s+[^.!?]{0,60}?(?<!\\d)\\d{1,3}\\s*[–-]\\s*\\d{1,3}(?!\\d)[^.!?]{0,60}?(?<!\\d)\\d{1,3}\\s*[–-]\\s*\\d{1,3}(?!\\d)[^.!?]{0,60}$",
                    // a weather box: the word, a place of up to three capitalised words, a temperature
                    "\\A(?:[^.!?]{0,30}\\s)?(weather|wetter|m[ée]t[ée]o|tiempo|clima|tempo|pogoda|погода)\\s*:?\\s*"
                    + "((?-i:\\p{Lu})[\\p{L}'’-]*\\s+){1,3}-?\\d{1,3}\\s?°[cf]?\\z"),
            rule("disclaimer", 900, List.of("views", "reflect", "represent", "information", "constitute", "commission",
                    "affiliate", "engage", "meinung"),
                    "^(we|this (site|article|page|post)) (may )?(earn|receive|get) (a )?(small )?(affiliate )?(commission|share of "
                    + "(sales|revenue)|compensation)\\b[^.!?]{0,100}\\b(links?|purchases?|buy|products?)\\b",
                    "^(affiliate (disclosure|link)s?|this (article|post|page) contains affiliate links)\\b",
                    "\\b(may|might|will) earn us (a )?(small )?commission\\b", "^our editors independently (select|choose|review)\\b", "\\bviews (expressed|are) (in this|here|herein|in these)?.{0,40}(are )?(those of|the "
                    + "authors?'?s?'? own)", "\\bdoes not (necessarily )?(reflect|represent) the (views|position|policy|opinion)",
                    "\\bdo not necessarily (reflect|represent) the (views?|positions?|polic(y|ies)|opinions?)",
                    // a business channel's: "The views and investment tips expressed by experts on X are their own …"
                    "\\bviews\\b[^.!?]{0,60}\\bexpressed\\b[^.!?]{0,80}\\bare (their|his|her|the authors?['’]?s?) "
                    + "own\\b",
                    // the same in other languages: "Les tribunes publiées dans nos pages n'engagent que leurs auteurs"
                    "^(les (tribunes|opinions|chroniques)|cette tribune)\\b.{0,60}\\bn['’]engage(nt)? que (leurs?|son|ses) auteurs?\\b",
                    "^(die|dieser) (kommentar|gastbeitrag|beitrag)\\b.{0,60}\\b(gibt|geben) (die|nicht die) meinung\\b",
                    "\\b(is )?for (general )?information(al)? purposes only\\b", "\\b(does|do) not constitute (investment |legal |"
                    + "financial |tax )?advice\\b", "\\b(is|are) not (investment|financial|legal|tax) advice\\b",
                    "^(this (e-?mail|message) (and any attachments )?(is|are|may be) "
                    + "(confidential|intended))", "^forward-looking statements?\\b", "^(edited|this (transcript|interview|conversation) has "
                    + "been (lightly |condensed and )?edited)\\b", "^(this (transcript|interview) has been|transcripts? "
                    + "(is|are) (machine|automatically))"),
            rule("footnote", MEDIUM, "^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\[\\d{1,2}\\])\\s*(?-i:\\p{Lu}).*[.)]$",
                    "^\\d{1,2}\\s+(?-i:\\p{Lu}).*(\\b(19|20)\\d{2}\\b|\\bibid\\b|\\bop\\. cit\\b|\\bet al\\b|\\bpp?\\. \\d|https?://|www\\.).*[.)]$"),
            rule("contact", 200, List.of("+", "tel", "phone", "mob", "fax"),
                    "\\+\\d{1,3}[\\s\\d()-]{7,}\\d", "\\b(tel|phone|mob|mobile|fax)\\.?:\\s*\\+?\\d"),
            // a telephone number alone on its line, its area code in brackets: "(555) 010-4471"
            rule("contact", 200, List.of("("), "^\\(\\d{2,5}\\)\\s?\\d{2,4}[\\s.-]\\d{3,4}$"),
            rule("contact", 200, List.of("@"), "\\A[^.!?]{0,80}[\\w.+-]+@[\\w-]+\\.[\\w.]+[^.!?]{0,80}$"),
            // where to write to the writers, at the end of a report: "Write to Jane Doe at jane.doe@example.com and …"
            rule("contact", 300, List.of("@"), "\\A(write to|contact|email|e-mail|reach) (?-i:\\p{Lu})[^@\\n]{1,60} at "
                    + "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+((,| and|,? &) (?-i:\\p{Lu})[^@\\n]{1,60} at [\\w.+-]+@[\\w-]+(\\.[\\w-]+)+)*"
                    // with a telephone and the writer's handle: "… or 555-318-2290. Follow her on X @JaneDoe."
                    + "( or (at )?\\+?[\\d() .-]{7,20}\\d)?\\.?( (or )?follow (him|her|them)( on (x|twitter|bluesky|instagram|threads)"
                    + "( and \\p{L}+)?)?:? @\\w+\\.?)?"
                    // and the site's own accounts after it: "… Follow us on Twitter @Example and on Facebook."
                    + "( follow us on [\\p{L} ]{1,20}( @\\w+)?( and on [\\p{L} ]{1,20})?\\.?)?$"),
            // a newsletter box's note on consent, as a publishing group prints it under every sign-up box
            rule("newsletter", MEDIUM, "^we use your sign-up to provide content in ways you['’]ve consented to\\b",
                    "^thank you for (subscribing|signing up)[.!]?$",
                    "^you have (successfully|succesfully) (subscribed|signed up)\\b[^.!?]{0,40}[.!]?"
                    + "( thank you[.!]?)?$",
                    "^we have more newsletters[.!]?$", "^show me$",
                    // a sign-up box that names no newsletter, and its fields: "Sign up for news and stories from our
                    // work with children and families.", "First name"
                    "^sign up (for|to (get|receive|hear)) (our |the )?(latest )?(news|updates|stories)\\b"
                    + "[^.!?]{0,80}[.!]?$",
                    // the site's own guide or offers by email: "Sign up for our monthly sky guide, event news and …"
                    "^sign up for our ([\\p{L}-]+ ){0,3}(guide|offers|alerts|bulletin|e-?mails?)\\b[^.!?]{0,80}[.!]?$",
                    "^(first|last|given|family) name\\s*\\*?$",
                    // a sign-up box's promise: "Be the first to hear about new releases, events and …"
                    "^be the first to (hear|know|find out|learn) about\\b[^.!?]{0,120}[.!]?$",
                    // a site's free download offered for an address: "Get our free First-time Buyer Guide"
                    "^(get|download|grab|claim) (our|the|your) free [\\p{L}'’ -]{2,50}(guide|e-?book|report|checklist|"
                    + "toolkit|planner|handbook|cheat ?sheet)[.!]?$"),
            // a newsletter's footer: "You're receiving this because you signed up at …"
            rule("newsletter", MEDIUM, "^(you['’]re|you are) receiving this( (e-?mail|newsletter|message|update))? "
                    + "because you\\b"),
            // a support line under a story of harm: "If you have been affected by this story, you can contact …"; a
            // child protection charity's: "If you are worried about a child, contact …"
            rule("contact", MEDIUM, "^if you( have|['’]ve) been (affected|impacted) by (this|the issues|"
                    + "any of the issues|anything|the (events|topics))\\b",
                    "^if you are (worried|concerned) about (a|the|your) (child|young person|someone)\\b[^.!?]{0,40}"
                    + "\\b(contact|call|ring|phone|speak to|talk to)\\b"),
            // a charity's ask after the text, what a gift buys: "MK 10,000 can pay for a child's transport to court",
            // "£10 could buy a school kit"
            rule("subscribe", SHORT, "^(?-i:[£$€]|\\p{Lu}{1,3}\\$?\\s?)\\d[\\d,.]*\\s+(can|could|will) "
                    + "(pay|buy|provide|fund|cover)\\b[^.!?]{0,80}[.!]?$"),
            // a call to a column's readers longer than an advice column's (below): "Have a gardening question
            // for Thandeka? Email …", "Have a money question? Email Ruth at …", a consumer desk's "Have a consumer
            // complaint? Email us at …", "Got a news tip? Contact …" (a podcast's "Got a question for a
            // future episode? Email us …" ends its show notes); a podcast's "If you have information about any
            // case we cover, email us at …"
            rule("feedback", MEDIUM, "^(have|got) an? ([\\p{L}-]+ ){0,2}(question|problem|dilemma|complaint|tip)"
                    + "( for (?-i:\\p{Lu})[\\p{L}\\p{M}'’ ]{1,30})?\\?\\s*"
                    + "(email|e-mail|write|send|submit|ask|contact|drop)\\b",
                    "^if you have (any )?information (about|on|regarding) (this|any|the)\\b[^.!?]{0,80}\\b"
                    + "(email|e-mail|call|contact|write)\\b"),
            // a podcast's show notes: "A full transcript of this episode will be available within seven days."
            rule("publication-note", MEDIUM, "^(an? )?(full )?transcript( of this (episode|interview|conversation|"
                    + "show))? (will be|is) (available|posted|published)\\b"),
            // a radio report's sign-off: "For PVI English Service, this is Joanna Dimaculangan-Reyes."
            rule("publication-note", SHORT, "^for (?-i:\\p{Lu})[^,.!?]{1,60}, this is "
                    + "(?-i:\\p{Lu})[\\p{L}\\p{M} .'’-]{2,60}\\.?$"),
            // a blog's categories and tags on one line, as WordPress prints them: "Posted in Exhibitions | Tagged oral
            // history, schooners", "This entry was posted in News and tagged …"
            rule("tags", SHORT, "^(this entry was )?posted in [^.!?|]{1,80}(\\|\\s*tagged\\b|\\band tagged\\b)",
                    // with the count of comments: "Posted in Club News, Safety | 6 Comments"
                    "^posted in [^.!?|]{1,80}\\|\\s*(\\d+|no|one) comments?$",
                    // the same on two lines: "Posted in Exhibitions, Studio News" over "Tagged pit firing, raku"
                    "^posted in (?-i:\\p{Lu})[^.!?|:]{0,60}$", "^tagged (?-i:\\p{L})[^.!?|:]{0,60},[^.!?|:]{1,80}$"),
            // a share line of any language, its label and the networks' names after it: "Tịñ nọ mme ufan fo: Facebook
            // · WhatsApp · X" (Ibibio), "Tumizani nkhani: WhatsApp | Facebook" (Sena), not a list with commas (a fact
            // box's "Platforms: Facebook, Instagram"); Blogger's buttons run together
            rule("share", SHORT, "^[^:：]{1,40}[:：]\\s*" + NETWORK + "(\\s*[·|/•]\\s*" + NETWORK + ")+\\s*$",
                    "^email this\\s*blogthis!"),
            // a journal's back matter after the text: "Conflict of interest: None declared.", "Acknowledgements: …"
            rule("publication-note", MEDIUM, "^(acknowledge?ments?|conflicts? of interests?|competing interests?|"
                    + "data availability( statement)?|how to cite( this (article|paper))?)\\s*:\\s*\\S"),
            // a comment box closed to readers not logged in: "You must be logged in to post a comment."
            rule("comments", SHORT, "^you must be (logged|signed) in to (post|leave|write|add) a (comment|reply)\\b"),
            // a fund's appeal after the text: "Support the Lady Mwenda Fund", "Every kwacha helps keep …", "Donate to
            // the strike fund", "Join the union from €2 a week."
            rule("support", SHORT, "^support (the|our) [\\p{L}\\p{M}'’ -]{1,50}\\b(fund|appeal)$",
                    "^every (penny|pound|cent|euro|dollar|rand|kwacha|shilling|naira|cedi|rupee|peso|donation|gift|"
                    + "contribution)( you give)? (helps|counts|matters|makes a difference)\\b",
                    "^donate to (the|our) [\\p{L}\\p{M}'’ -]{1,50}$",
                    "^join (the|our) (union|club|society|association|co-?op|co-?operative) (from|for) ([£$€]\\s?)?\\d"),
            // an organisation's acknowledgement of the land's first peoples in its footer: "… acknowledges the
            // Traditional Custodians of the lands on which we live and work", "… on the traditional territories of …"
            rule("publication-note", MEDIUM, List.of("traditional", "unceded"), "\\b(acknowledges?|recogni[sz]es?|"
                    + "pays? (our )?respects?)\\b[^.!?]{0,160}\\b(traditional (custodians|owners|territor(y|ies)|"
                    + "lands?|keepers)|unceded)\\b"),
            // a footer's office hours: "Office hours: Monday to Friday, 9:00 a.m. – 4:30 p.m."
            rule("contact", SHORT, "^(office|opening) hours\\s*:\\s*(mon|tue|wed|thu|fri|sat|sun|daily|weekdays)"),
            // a hashtag alone on its line, as a site prints its tags ("#Super League 2")
            rule("tags", SHORT, "^#(?-i:\\p{L})[\\p{L}\\p{N} '’.-]{1,40}$"),
            // an Urdu paper's note that it need not share the columnist's view
            rule("disclaimer", SHORT, "^ادارے کا [^۔]{0,40}رائے سے متفق ہونا ضروری نہیں۔?$"),
            // a site's disclaimer under the text, labelled so: "Disclaimer: Gold and silver rates published on this
            // website are indicative …"
            rule("disclaimer", MEDIUM, "^disclaimer\\s*[:：–—-]\\s*\\S"),
            // a newsletter box's line that names no newsletter: "Get daily gold rates and trade news on email"
            rule("newsletter", SHORT, "^get (the |our )?(daily|weekly|latest|free) [^.!?]{1,60} (on|by|via|in your) "
                    + "(e-?mail|inbox)[.!]?$"),
            // a site's comment form under the text, as WordPress and its like print it
            rule("comments", SHORT, "^your (email|e-mail) address will not be published\\b", "^required fields are marked\\b",
                    "^(comment|name|email|e-mail|website)\\s*\\*$", "^save my name,? (email|e-mail),? and website in this browser\\b",
                    "^(post|submit) (comment|reply)$", "^cancel reply$",
                    // WordPress.com's comment form, in English whatever the blog's language
                    "^please log in using one of these methods to post your comment:?$",
                    "^you are commenting using your [\\p{L}.]{2,20} account\\.", "^enter your comment here\\.*$",
                    "^connecting to %s$", "^fill in your details below or click an icon to log in:?$"),
            // a page's notes that it informs and does not advise, or does not speak for the paper, in other languages:
            // "Treści z serwisu … mają charakter informacyjny i nie zastępują konsultacji z lekarzem"
            rule("disclaimer", 900, List.of("medic", "lekarz", "toimetuse", "ärztlich", "médic", "arzt", "informacyjny"),
                    "\\b(is not|does not replace|is not a substitute for|not intended as) (a substitute for )?(professional )?"
                    + "medical (advice|diagnosis)\\b", "\\bma(ją|ja) charakter informacyjny\\b.{0,80}\\bnie zast[ęe]puj",
                    "\\bei pruugi [üu]htida toimetuse seisukoh", "\\b(ersetzt|ersetzen) (keine|nicht die) (ärztliche|"
                    + "medizinische) (beratung|diagnose|untersuchung)\\b", "\\bne (remplace|remplacent) pas (une consultation|"
                    + "l['’]avis|un avis) (m[ée]dical|d['’]un m[ée]decin)", "\\bno (sustituye|reemplaza) (la consulta|el consejo) m[ée]dic",
                    "\\bn[ãa]o substitui (a consulta|o aconselhamento|o diagn[óo]stico) m[ée]dic"),
            // a messaging app's channel under the text: "Follow The Krishna Courier channel on WhatsApp", "Join our
            // WhatsApp community for the latest news in your area"
            rule("follow", SHORT, "^(follow|join) (the |our )?[\\p{L}'’ ]{0,40}(channel|community|group) on (whatsapp|telegram)\\b",
                    "^join (the |our )?(whatsapp|telegram) (channel|community|group)\\b",
                    // a site's forum: "Join our Space Forums to keep talking space on the latest missions …"
                    "^join (our|the) [\\p{L}'’ ]{0,30}(forums?|community|discussion) to (keep )?(talk|discuss|chat)",
                    // "Join Tembusu Daily's Telegram channel and get the latest …": the channel named by its owner
                    "^join (?-i:\\p{Lu})[\\p{L}'’ ]{0,40}['’]s? (whatsapp|telegram|signal) (channel|community|group)\\b"),
            // a sign-up box's note on privacy: "We care about the protection of your data. Read our Privacy Policy."
            rule("newsletter", SHORT, "^we (care about|respect|value) (the protection of )?your (data|privacy)\\b[^.!?]{0,40}[.!]?"
                    + "(\\s+(read|see) our privacy policy[.!]?)?$"),
            rule("event-chrome", SHORT, "^(speakers|panelists|panellists|participants|moderators?|hosts?|guests?|featuring|"
                    + "presenters?|chair|discussants?|in this episode)\\s*:$"),
            rule("follow", SHORT, "^follow (us|@|(?-i:\\p{Lu})[\\p{L}]+ on)\\b", "^follow\\s*:?$",
                    "^(follow|simak|ikuti|siga|segui|suivez|folgen sie)\\b.{0,60}\\bgoogle news\\b",
                    "^follow ((?-i:\\p{Lu})[\\p{L}'’.-]+ ){1,4}on (twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon|"
                    + "tiktok|youtube)((, | and | & )(twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon|tiktok|"
                    + "youtube))+( for (more|the latest|all)\\b[^.!?]{0,60})?[.!]?$",
                    "^follow ((?-i:\\p{Lu})[\\p{L}'’.-]+ ){1,4}on (twitter|x|facebook|instagram|linkedin|bluesky|threads|"
                    + "mastodon|tiktok|youtube)(\\s*:?\\s*@[\\w.]+)?[.!]?$",
                    "^(like|follow) us on (facebook|twitter|x|instagram|linkedin)",
                    "^follow (?-i:\\p{Lu})[\\p{L}'’&. ]{1,40}:$",
                    // "follow us" in other languages: Serbian and Croatian, French, German, Spanish, Portuguese, Italian,
                    // Dutch, Polish, Czech, Turkish, Russian, Thai
                    "^(pratite nas|suivez[- ]nous|folgen sie uns|folge uns|s[íi]guenos|siga[- ]nos|sigam[- ]nos|seguici|volg ons|"
                    + "obserwuj nas|sledujte n[áa]s|bizi takip edin|подписывайтесь на нас|ติดตามเรา)\\b[^.!?]{0,80}[.!:]?$"),
            // a comment section's policy: "As you comment, please be respectful of other commenters …"
            rule("comments", MEDIUM, List.of("comment"), "^as you comment\\b", "\\bcomments are (moderated|reviewed)\\b",
                    "^(please )?(be respectful|keep (it|your comments?) (civil|respectful|clean|on topic))\\b[^.]{0,80}\\bcomment"),
            rule("feedback", SHORT, "^(send|write|submit) (us )?(a|your) letters? to the editor\\b[^.!?]{0,60}[.!]?$",
                    "^(have|got|do you have|did you have) (something to say|a (news )?tip|a story( idea| to share)?|something to share|"
                    + "feedback|a correction|an opinion|a view)\\b[^.!?]{0,60}\\?(\\s*(if you( would|['’]d) like to )?(email|e-mail|contact|send|"
                    + "write|tell|let us know|get in touch|reach|drop|submit|share)\\b.*)?$",
                    "^we(['’]d| would)? (want|like|love) to hear from you[.!]?(\\s+(tell|email|write|share|contact|let)\\b.*)?$",
                    "^(did you (make|try|bake|cook) this( recipe)?|(have you )?(made|tried) this( recipe)?|"
                    + "¿?(has|habéis) (preparado|hecho|probado) esta receta|hast du (das|dieses) rezept (ausprobiert|nachgemacht|"
                    + "nachgebacken|nachgekocht)|vous avez (test[ée]|r[ée]alis[ée]) cette recette|avez-vous (essay[ée]|test[ée]|fait|r[ée]alis[ée]) cette recette|hai provato questa ricetta)\\s*\\?",
                    "^tell us what you think( (of|about) [^.!?,]{1,40})?( in the comments( below)?)?[.!?…]*$",
                    // an advice column's call: "Have a question for Maren? Email askmaren@… Letters may be edited …"
                    "^(have|got) a (question|problem|dilemma) for (?-i:\\p{Lu})[\\p{L}'’ ]{1,30}\\?\\s*(email|e-mail|write|send|"
                    + "submit|ask)\\b.{0,160}$",
                    // an engineering blog's call: "We're hiring", "See open roles →"
                    "^(we['’]re|we are) hiring[.!]?$", "^(see|view|browse) (all )?(our )?(open|current) (roles|positions|jobs)"
                    + "\\s*[→›»]?$",
                    "^(send|submit|email) us (a|your) (news )?tips?\\b",
                    // a fact-checker's call for claims: "Have you seen a claim you want us to check? Send it to …"
                    "^(have you )?(seen|spotted|heard|found) a claim (you want us to|we should|you['’]d like us to) (check|fact-check)"
                    + "\\?.{0,160}$",
                    "^(was this (article|story|page|information|answer|explainer|guide|post|recipe|review) (helpful|useful)|did you find this (article|story|page) "
                    + "(helpful|useful))\\?(\\s+(yes|no)\\b[\\s\\S]{0,40})?$", "^(letters|comments|questions) to the editor[:.]?$",
                    // a call for corrections: "Spotted an error? Email readers@…", a button "Report an error"
                    "^(report|submit|flag) (an|a) (error|typo|correction|mistake)[.!]?$",
                    "^(spotted|found|see|seen|notice[d]?) (an|a) (error|mistake|typo|inaccuracy)( in (this|our) (article|story|"
                    + "report|piece|page))?\\?(\\s+(email|e-mail|contact|"
                    + "write|tell|let us know|report)\\b.*)?$",
                    // and in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech
                    "^((einen )?(tipp)?fehler gefunden|vous avez (trouv|rep[ée]r)[ée] une (erreur|faute)|¿?(has )?encontr(ado|aste) "
                    + "un error|encontrou um erro|hai (trovato|notato) un errore|(een )?fout (gezien|gevonden)|"
                    + "zauwa[żz]y[łl](e[śs]|a[śs])? b[łl][ąa]d|na[šs]li jste chybu)\\s*\\?[^?]{0,60}$"),
            // a blog's links to the posts before and after this one (after the calls with an arrow above, "See
            // open roles →"): "← Kiln Room Rules: A Friendly Reminder", "Fall Class Schedule Is Here →"
            rule("related", SHORT, "^←\\s*(?-i:[\\p{Lu}\\p{N}])[^←→]{2,100}$",
                    "^(?-i:[\\p{Lu}\\p{N}])[^←→]{2,100}\\s→$"),
            // a letters page's call under an opinion piece, longer than the short calls above: "Do you have an opinion on
            // the issues raised in this article? If you would like to submit a response of up to 300 words …"
            // a subscription's appeal with its price: "… Subscribe to the Allerbridge Advertiser from just £1 a week."
            rule("support", MEDIUM, List.of("subscribe"), "\\bsubscribe( to (the )?[^.!?]{1,60})? (from|for) (just |only |as "
                    + "little as )?[£$€]\\s?\\d[^.!?]{0,60}[.!]?$"),
            rule("feedback", MEDIUM, "^(do you have|have you got|got) (an opinion|a view|something to say) "
                    + "(on|about) (the issues raised in )?this (article|story|piece|column)\\?"),
            rule("publication-note", MEDIUM, List.of("varsom"),
                    "\\A[^.!?]{1,60} (arbeider|arbeidar) etter v[æa]r varsom-plakatens regler for god presseskikk\\."),
            // when a column appears: "Renata Vossberg's column appears Saturdays."; a book's details under its review: "X
            // by Y is published by Z (£18.99)." (tried only on blocks with their words: they open with any words)
            rule("publication-note", MEDIUM, List.of(" appears ", " runs ", "is published", "published by"),
                    "\\A[^.!?]{0,60}['’]s? (column|columns|cartoon|newsletter) (appears|runs|is published) (every |each |on )?"
                    + "(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekly|monthly|daily|weekdays)"
                    + "( (and|or) (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?))?( online| in print)?\\.",
                    "\\A[^.!?]{3,150} (is|are) published by (?-i:\\p{Lu})[^.!?()]{1,80}(\\(\\s*[£$€]\\s?\\d[\\d.,]*\\)|,\\s*[£$€]\\s?\\d[\\d.,]*)\\."),
            // a breaking story's note that it will change: "This is a developing story. Check back for updates." (a
            // rule of its own, so that "th" does not open the rule below to every text that starts with "The")
            rule("publication-note", SHORT, "^this is an? (developing|breaking)( news)? (story|situation)( and (it )?will be updated)?[.!]?"
                    + "( (please )?check back (later |soon )?for (more |further )?updates[.!]?)?$",
                    "^(this|the) (story|article|page|post) (is developing and )?will be updated( (as|when) (more )?"
                    + "(information|details) (becomes?|is|are) available| with (more|further) (details|information))?[.!]?$"),
            rule("publication-note", MEDIUM, List.of("republish"),
                    "^a version of this (article|story|essay|piece) (appears|appeared) in print\\b",
                    // an editorial's note of whose view it is; a Norwegian paper's note on the press's code of ethics
                    // (not a science story's "More information: …", which its publisher counts as the article's)
                    "^this (editorial|column|piece) (represents|reflects) the (views?|opinions?) of the [^.!?]{0,60}"
                    + "editorial (board|staff|team)\\b",
                    "^appeared in the [^.!?]{0,40}\\bprint edition\\b",
                    // a trade journal's note under the text: "This article appears in the August 2025 print edition
                    // of …"
                    "^this (article|story|piece|report|feature) (appears|appeared|was published|first appeared) in "
                    + "(the|our) [^.!?]{0,40}\\bprint edition\\b",
                    "^diese meldung ist teil eines automatisierten angebots\\b",
                    "^republish (this|our) (article|story|content)\\b", "\\brepublish (this|our) (article|story) for free\\b",
                    "^(how to republish|license this (article|story|content))$",
                    "^our standards\\s*:", "^how we (reviewed|fact-checked|reported|researched|tested) this (article|story|guide)\\s*:?$",
                    "^this (article|story|piece) (is|was) republished from\\b",
                    "^(distributed|syndicated) by (?-i:\\p{Lu})[^.!?,]{0,60}(, (LLC|Inc|Ltd)\\.?)?\\.?$",
                    "^this (is|was) the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d+(st|nd|rd|th)) "
                    + "(part |installment |story |article )?(in|of) (our( [\\p{L}-]+)?|an? [\\p{L}]+-part|the [\\p{L}]+-part) series\\b",
                    "^(dieser|der) (artikel|beitrag|text) (erschien|ist erschienen|ist) (zuerst )?in der (print|gedruckten |[\\p{L}-]+-)?ausgabe\\b",
                    "^cet article (est paru|a [ée]t[ée] publi[ée]) dans (l['’][ée]dition|le (journal|magazine|num[ée]ro))\\b",
                    "^(este|el) art[íi]culo (se )?(public[óo]|apareci[óo]) en la edici[óo]n impresa\\b",
                    "^(cet article fait partie (de notre|d['’]une|du|de la) (s[ée]rie|dossier)|dieser (artikel|beitrag|text) "
                    + "ist teil (der|unserer|einer) (serie|reihe)|este art[íi]culo forma parte de (la|nuestra|una) serie|"
                    + "questo articolo fa parte (della|di una) serie)\\b[^.!?]{0,80}[.!]?(\\s+[^.!?]{0,60}[.!]?)?$",
                    "^this (article|story|page|content) is (more than|over|at least) (\\d+|a|an|one|two|three|four|five|six|"
                    + "seven|eight|nine|ten) (years?|months?) old[.!]?$",
                    "^this (article|story|piece|essay|post) is part of (a|an|our|the) [^.!?]{0,60}\\b(series|coverage|project|"
                    + "package|collaboration|partnership|investigation|special report)\\b[^.!?]{0,60}[.!]?$",
                    "^this (article|story|piece|post) (was|is) (produced|co-published|published) (by|in (partnership|"
                    + "collaboration) with|with (support|funding) from|as part of)\\b(?![^.!?]*\\b(and|which|when|but|where)\\b)"
                    + "[^.!?]{0,120}[.!]?$"));

    private final List<Rule> rules;
    private final Map<String, String> memory;
    private final boolean furniture;
    private final boolean timestamps;
    private final boolean afterArticle;
    /** Whether the {@value #INTERSTITIAL} rule is on. */
    private final boolean interstitials;
    /** The lines of the seed being read that {@link InterstitialLines} found; empty outside one seed's stages. */
    private final Set<String> interstitialLines;
    /** Whether the {@code tags} rule is on (a one-word tag label is read only then, {@link #tagWord}). */
    private final boolean tags;
    /** Whether the share rule is on: a button alone beside others is its ({@link #buttonAlone}). */
    private final boolean share;
    /** Whether the contact rule is on: a site's opening hours after the text are its. */
    private final boolean contact;

    /**
     * The rule, applied to the body only, that takes out a line holding nothing but a date or a time (a comment's
     * or a teaser's stamp, "Published 7:07 PM EST Nov 19, 2019"); in the head such a line is the date.
     */
    public static final String TIMESTAMP = "timestamp";

    /**
     * The rule that takes out what follows an article on its page (its comments, "Most popular" and the site's
     * other sidebars, the footer), from a heading that opens such a part ({@link #opensAfterArticle}); the body
     * cleaner says where.
     */
    public static final String AFTER_ARTICLE = "after-article";

    /**
     * The rule that takes out a short line the page prints again and again inside its text ("Article content",
     * "Advertisement 2"), whatever the language ({@link InterstitialLines}); pastes only.
     */
    public static final String INTERSTITIAL = "interstitial";

    /**
     * A line alone that opens what follows an article on its page, in the languages the structure stage reads: its
     * comments and the comment form ("3 Comments", "Leave a Reply", "34 responses to “…”", "Deja una respuesta"),
     * a sidebar of the site's other articles ("Most popular", "Trending", "Recent posts", "많이 본 뉴스"), or the
     * footer's own headings ("Site index", "Quick links", "Plan du site"). Not a
     * box of other articles ("You may also like", "More from …", "Read next", "Related"), which pages put inside a
     * text as often as after it (the {@code related} rule takes its headlines), nor "Discussion" or a singular
     * "Comment" or "Kommentar" (an opinion column's label). A bullet, arrow or square before it, brackets around it,
     * a count after it and a colon at its end are read too.
     */
    private static final Pattern ARTICLE_END = Pattern.compile("(?iu)[•·▪*>»–—■□▶▷◆●◇\\-]?\\s*[\\[【(]?\\s*(?:"
            // comments and the comment form
            + "(?:\\d+|one)\\s+(?:comments?|responses?|replies|thoughts?)\\s+(?:to|on)\\s+[“\"«„‘].{1,200}[”\"»“’]|"
            + "\\d+\\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentários?|comentarios?|commenti)"
            + "(?:\\s+(?:zu|à|a|para|su)\\s+\\S.{0,200})?|"
            + "comments(?:\\s*\\(?\\d+\\)?)?|(?:leave|post|add|write)\\s+(?:a|your)\\s+(?:comment|reply|response)|"
            + "join the (?:conversation|discussion)|(?:reader|top(?: rated)?|all|latest|newest)\\s+comments|"
            + "(?:show|view)\\s+comments|kommentare|(?:schreibe|hinterlasse) (?:einen|eine) (?:kommentar|antwort)|"
            + "commentaires|laisser un commentaire|laisser une réponse|comentários|deixe (?:um comentário|uma resposta)|"
            + "comentarios|deja (?:un comentario|una respuesta)|commenti|lascia (?:un commento|una risposta)|"
            // the singular is also an opinion column's label ("Comment", "Kommentar"); in Japanese and Chinese a
            // comment section is told from a column or a quote by its count
            + "(?:コメント|评论)\\s*[(（]\\d+[)）]|댓글(?:\\s*\\d+)?|комментарии|\\d+ комментари(?:й|я|ев)|komentarze|reacties|"
            // (a discussion with its count: "Diskuse (14)"; "Diskuse" alone is a paper's section, as "Discussion" is)
            + "kommentarer|(?:diskuse|dyskusja|tartı[şs]ma)\\s*[(（]\\d+[)）]|vstoupit do diskuse|p[řr]idat koment[áa][řr]|yorumlar|"
            // sidebars of the site's other articles, named as nothing else is ("Most popular girls' names" is text)
            + "(?:most|more) (?:popular|read|viewed|shared|emailed)(?:\\s+(?:stories|articles|news|now|today|this week|"
            + "(?:on|in) \\S+))?|popular(?:\\s+(?:posts?|articles?|stories|now|on \\S+))?|"
            + "trending(?:\\s+(?:now|stories|articles|news))?(?:\\s+(?:on|in) \\S+)?|recent (?:posts?|articles?|stories)|"
            // a journal's box under the article, and a notice's list of its kind: "Other recent recalls"
            + "(?:cite|how to cite) this (?:article|paper|page|story)|article metrics|other recent \\p{L}+|"
            // a section's other stories: "More World", "More U.S.", "More from Business"
            + "more (?:from )?(?:world|u\\.?s\\.?|politics|business|sports?|entertainment|health|science|tech(?:nology)?|"
            + "opinion|lifestyle|culture|travel|local|national|money|crime|weather|arts|style|food|markets)|"
            + "latest (?:news|stories|articles|posts|videos?)|around the web|sponsored (?:stories|content|links)|"
            + "meistgelesen(?:e (?:artikel|nachrichten))?|beliebte artikel|les plus (?:lus|partagés|populaires)|"
            + "самые (?:популярные|читаемые)(?: \\S+)?|популярное|najpopularniejsze|najczęściej czytane|"
            + "meest (?:gelezen|bekeken)|mest lästa|"
            + "(?:lo )?más (?:leído|visto)s?|mais (?:lidas|vistas|lidos)|(?:i )?più lett[ie]|人気記事|많이 본 (?:뉴스|기사)|"
            + "인기 ?기사|最新文章|热门文章|(?:\\S{1,10}の)?新着記事|新着ニュース|(?:热门|最新|网友|精彩)评论|(?:24小时)?排行榜?|"
            // the footer's own headings
            + "site ?(?:index|map|navigation)|footer(?: (?:navigation|menu|links))?|(?:quick|useful) links|"
            + "mapa del sitio|plan du site|mapa do site|mappa del sito|サイトマップ|网站地图"
            + ")\\s*(?:[(（]\\d+[)）])?\\s*[\\]】)]?\\s*[:：]?");

    /** The longest line read as such a heading (a blog's "34 responses to “…”" holds the article's title). */
    private static final int MAX_HEADING = 240;

    private NoiseRules(List<Rule> rules, boolean furniture, boolean timestamps, boolean afterArticle,
            boolean interstitials) {
        this(rules, null, furniture, timestamps, afterArticle, interstitials, Set.of());
    }

    private NoiseRules(List<Rule> rules, Map<String, String> memory, boolean furniture, boolean timestamps,
            boolean afterArticle, boolean interstitials, Set<String> interstitialLines) {
        this.rules = List.copyOf(rules);
        this.memory = memory;
        this.furniture = furniture;
        this.timestamps = timestamps;
        this.afterArticle = afterArticle;
        this.interstitials = interstitials;
        this.interstitialLines = interstitialLines;
        this.tags = this.rules.stream().anyMatch(rule -> rule.name().equals("tags"));
        this.share = this.rules.stream().anyMatch(rule -> rule.name().equals("share"));
        this.contact = this.rules.stream().anyMatch(rule -> rule.name().equals("contact"));
    }

    /**
     * A heading that only a comment section has, in Chinese, Japanese or Korean: "热门评论" (hot comments), "网友评论",
     * "みんなのコメント", "전체 댓글"; what follows it is the readers' comments, however long (they quote the text).
     */
    private static final Pattern COMMENT_SECTION = Pattern.compile("[\\[【■▶]?\\s*(?:(?:热门|最新|网友|精彩|全部)评论|"
            + "(?:熱門|最新|網友|精彩|全部)評論|みんなのコメント|コメント一覧|(?:전체|베스트) ?댓글)\\s*(?:[(（]?\\d+[)）]?)?\\s*[\\]】]?");

    /** Whether {@code line} is such a heading ({@link #COMMENT_SECTION}); never when the after-article rule is off. */
    public boolean namesCommentSection(String line) {
        return afterArticle && line.length() <= SHORT && COMMENT_SECTION.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code line} is a share, save, print or listen button of another language alone ("Dela", "Jaa", "공유"):
     * a button only beside other buttons, as each is also a word a text's subheading may be ("Spara", "Bewaren").
     */
    public boolean buttonAlone(String line) {
        return share && line.length() <= SHORT && isButtonWord(line.strip());
    }

    /** Whether {@code word} is a share, save, print or listen button of another language ("Dela", "Jaa", "공유"). */
    static boolean isButtonWord(String word) {
        return OTHER_BUTTON_ALONE.matcher(word).matches();
    }

    /** Whether {@code line} is a heading of other stories alone in another language ({@link #OTHER_STORIES_ALONE}). */
    public boolean otherStoriesAlone(String line) {
        return OTHER_STORIES_ALONE_LINE.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code line} (a block's text or a list's first item) is a heading that opens what follows an
     * article on its page ({@value #AFTER_ARTICLE}); never when that rule is off.
     */
    public boolean opensAfterArticle(String line) {
        return afterArticle && line.length() <= MAX_HEADING && ARTICLE_END.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code line} is the line a blog prints over a reader's comment (its writer, and when), which the
     * {@code comments} rule takes; never when the {@value #AFTER_ARTICLE} rule is off.
     */
    public boolean headsComment(String line) {
        return commentLine(line, COMMENT_HEADER);
    }

    /** A line without its bullet, when the {@value #AFTER_ARTICLE} rule is on, matched whole by {@code form}. */
    private boolean commentLine(String line, Pattern form) {
        String bare = LEADING_SYMBOLS.matcher(line.strip()).replaceFirst("");
        return afterArticle && bare.length() <= SHORT && form.matcher(bare).matches();
    }

    /**
     * The same labels in Hungarian, Romanian, Greek, Russian and Ukrainian, Hindi, Arabic, Hebrew, Catalan,
     * Norwegian, Finnish, Vietnamese, Indonesian, Croatian, Czech, Portuguese, Chinese, Korean and Japanese: read as
     * tags' labels only over lines shaped as tags ({@link #tagWordOverItems}).
     */
    private static final String TAG_WORDS_MORE = "címkék|etichete|ετικέτες|теги|метки|мітки|теми|टैग्स|टैग|الوسوم|وسوم|"
            + "الكلمات المفتاحية|תגיות|temes|etiquetes|stikkord|emneord|aiheet|avainsanat|tagit|thẻ|từ khóa|kata kunci|"
            + "topik|oznake|teme|témata|assuntos|標籤|标签|关键词|關鍵字|태그|키워드|タグ|キーワード|"
            // Polish and Swahili, Persian (with and without its non-joiner), Thai
            + "tagi|برچسب\u200cها|برچسبها|แท็ก";
    /**
     * A list of tags' label of one word in the other languages the structure stage reads ("Themen", "Temas",
     * "Tópicos", "Argomenti"), which heads a text's own list as often: the {@code tags} rule's only after the text.
     */
    private static final Pattern TAG_WORD = Pattern.compile("(?iu)(themen|sujets|th[èe]mes|temas|t[óo]picos|argomenti|"
            + "onderwerpen|tematy|[äa]mnen|emner|etiketler|štítky|" + TAG_WORDS_MORE + ")\\s*[:：]?");
    private static final Pattern TAG_WORD_MORE = Pattern.compile("(?iu)(" + TAG_WORDS_MORE + ")\\s*[:：]?");

    /**
     * Whether a label of tags ({@link #tagWord}) is one of the labels read only over lines shaped as tags: the
     * labels of the languages added last, which the texts' own lists are headed by as often ("Teme", "关键词").
     */
    public boolean tagWordOverItems(String line) {
        return TAG_WORD_MORE.matcher(line.strip()).lookingAt();
    }

    /** Whether {@code line} is such a label ({@link #TAG_WORD}); never when the {@code tags} rule is off. */
    public boolean tagWord(String line) {
        if (!tags || line.length() > 80) {
            return false;
        }
        String text = line.strip();
        Matcher labelled = TAG_WORD.matcher(text);
        // the label alone, or with its tags after a colon on the same line ("Címkék: távhő rezsi")
        return labelled.matches() && text.length() <= 20 || labelled.lookingAt()
                && labelled.group().strip().matches(".*[:：]") && !HeadReader.endsSentence(text);
    }

    /**
     * A label in any language, one to three words of letters (no digit) and its colon: "Sparte:", "Bólisiw:",
     * "Ноджы бакæс:", "Etichette:" before its items; a zero-width joiner or non-joiner inside a word, as Indic and
     * Persian words hold them, is the word's ("ಹಂಚ್‌ಲೆ:", Tulu "share:").
     */
    private static final Pattern ANY_LABEL = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}'’ʼ\\u200C\\u200D-]*(?:\\s+[\\p{L}\\p{M}'’ʼ\\u200C\\u200D-]+){0,2}\\s*[:：]");
    /** What parts the items of a list on one line: a comma in any script, a middle dot, a bar, a bullet. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[,،、;·|•]\\s*");
    /** The fewest items of a labelled list on one line. */
    private static final int MIN_LABELLED_ITEMS = 3;

    /**
     * Whether a line is a label of any language alone ({@link #ANY_LABEL}): after the text's last paragraph, what a
     * share bar, a list of tags or a download opens ("Sparte:", "Kovhekanyani:", "ᐊᒥᐊᓪᓚᑦᑕᐅᔪᑦ:"). Part of
     * {@value #AFTER_ARTICLE}, and off with it.
     */
    public boolean labelAlone(String line) {
        return afterArticle && line.length() <= SHORT && ANY_LABEL.matcher(line.strip()).matches();
    }

    /**
     * A share button of any language: a word or two and a network's name, "Ak'o ta Facebook" (Tzotzil), "Sanga ku
     * WhatsApp" (Sukuma); X after two words only (a columnist's "Ros x" signs off with a kiss).
     */
    private static final Pattern NETWORK_BUTTON = Pattern.compile("(?iu)(?!\\S+\\s+x$)"
            + "(?:[\\p{L}\\p{M}'’ʼ]{1,10}\\s+){1,2}(?:" + NETWORKS + ")");

    /**
     * Whether a line is a share button of any language ({@link #NETWORK_BUTTON}): after the text's last paragraph, a
     * share bar's ("Ak'o ta Facebook" over "Ak'o ta WhatsApp"). Part of {@value #AFTER_ARTICLE}, and off with it.
     */
    public boolean networkButton(String line) {
        return afterArticle && line.length() <= 40 && NETWORK_BUTTON.matcher(line.strip()).matches();
    }

    /** A day of the week's name or its abbreviation, in English. */
    private static final String DAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?";
    /** A time of day, maybe with "am" or "pm": "10:00", "9.30am", "5 p.m.". */
    private static final String CLOCK = "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?";
    /**
     * A site's opening or office hours, as its footer or sidebar prints them: the heading alone ("Opening hours"), or a
     * day or days and the hours ("Mon – Sun, 10:00 – 17:00", "Monday to Friday 9am–5pm").
     */
    private static final Pattern HOURS = Pattern.compile("(?iu)(?:opening|office|visiting|shop|café|cafe) hours"
            + "|" + DAY + "(?:\\s*(?:[–-]|to)\\s*" + DAY + ")?,?:?\\s*" + CLOCK + "\\s*(?:[–-]|to)\\s*" + CLOCK);

    /**
     * Whether a line is a site's opening hours or their heading ({@link #HOURS}), read after the text's last paragraph
     * (inside the text it is the text's: a shop's new hours); never when the contact rule is off.
     */
    public boolean openingHours(String line) {
        return contact && line.length() <= SHORT && HOURS.matcher(line.strip()).matches();
    }

    /** A social network's name alone, as a share bar prints its buttons: "Facebook", "WhatsApp", "X". */
    private static final Pattern NETWORK_ALONE = Pattern.compile("(?i)(?:" + NETWORKS + ")");

    /** Whether a line is a social network's name alone ({@link #NETWORK_ALONE}); never when the share rule is off. */
    public boolean networkAlone(String line) {
        return share && line.length() <= 40 && NETWORK_ALONE.matcher(line.strip()).matches();
    }

    /**
     * Whether a line is a label of any language and a list of three or more short items after its colon, parted by
     * commas, middle dots or bars, none a sentence or holding a number but a year: a list of tags ("Etichette: oliu
     * · agricultura · Cardetu · siccità", "Тегтер: астық, бидай, баға"), read after the text's last paragraph.
     */
    public boolean labelledList(String line) {
        String text = line.strip();
        if (!tags || text.length() > 400 || HeadReader.endsSentence(text)) {
            return false;
        }
        Matcher label = ANY_LABEL.matcher(text);
        if (!label.lookingAt()) {
            return false;
        }
        String[] items = ITEM_SEPARATOR.split(text.substring(label.end()).strip());
        if (items.length < MIN_LABELLED_ITEMS) {
            return false;
        }
        for (String item : items) {
            if (!BodyCleaner.tagShaped(item.strip())) {
                return false;
            }
        }
        return true;
    }

    /** A comment section's count that quotes the article's title: "34 responses to “…”", "One thought on "…"". */
    private static final Pattern COUNT_ON_TITLE = Pattern.compile("(?iu)[•·▪*>»–—\\-]?\\s*(?:\\d+|one)\\s+(?:comments?|"
            + "responses?|replies|thoughts?)\\s+(?:to|on)\\s+[“\"«„‘](.{1,200})[”\"»“’]\\s*:?");

    /**
     * Whether {@code line} counts the comments on a text titled {@code title} ("34 responses to “Anthony Lynn: “We
     * needed to win this game””"): what follows is its comments, whatever they look like; never when the
     * {@value #AFTER_ARTICLE} rule is off.
     */
    public boolean countsCommentsOn(String line, String title) {
        if (!afterArticle || title == null || line.length() > MAX_HEADING) {
            return false;
        }
        Matcher count = COUNT_ON_TITLE.matcher(line.strip());
        return count.matches() && Names.same(count.group(1).replaceAll("^[“\"«„‘]+|[”\"»“’]+$", ""),
                title.replaceAll("^[“\"«„‘]+|[”\"»“’]+$", ""));
    }

    /** Whether {@code line} heads a reader's comment with when it was written on it ({@link #headsComment}). */
    public boolean datesComment(String line) {
        return commentLine(line, DATED_COMMENT);
    }

    /**
     * Whether what stands after the article is read by its shape too ({@value #AFTER_ARTICLE}): a run of lines shaped
     * as tags under the text's last paragraph, with no label over them.
     */
    public boolean afterArticle() {
        return afterArticle;
    }

    /** Whether a line of the body holding only a date or a time is noise ({@value #TIMESTAMP}). */
    public boolean timestamps() {
        return timestamps;
    }

    /** Whether the learned page-furniture classifier ({@link PageFurniture}) runs after the rules. */
    public boolean furniture() {
        return furniture;
    }

    /**
     * The same rules for the stages of one seed, the paste {@code text}: remembering each text's verdict (they judge
     * the same blocks more than once), and knowing the lines it prints again and again inside its text
     * ({@value #INTERSTITIAL}). Not thread-safe, unlike this instance.
     */
    public NoiseRules remembering(String text) {
        return new NoiseRules(rules, new java.util.HashMap<>(), furniture, timestamps, afterArticle, interstitials,
                interstitials ? InterstitialLines.of(text) : Set.of());
    }

    /** The built-in rules. */
    public static NoiseRules defaults() {
        return new NoiseRules(BUILT_IN, true, true, true, true);
    }

    /** The names of the built-in rules, each also the reason it gives. */
    public static Set<String> builtInNames() {
        Set<String> names = new TreeSet<>();
        BUILT_IN.forEach(rule -> names.add(rule.name()));
        names.add(TIMESTAMP);
        names.add(AFTER_ARTICLE);
        names.add(INTERSTITIAL);
        return names;
    }

    /**
     * The built-in rules less the {@code disabled} ones, plus the user's {@code patterns} (Java regular
     * expressions, found case-insensitively in blocks of up to {@value #MEDIUM} characters, reason {@code custom}).
     * Disabling {@value PageFurniture#REASON} turns the learned classifier off.
     *
     * @throws IllegalArgumentException naming the unknown rule or the pattern that does not compile
     */
    public static NoiseRules of(Collection<String> disabled, Collection<String> patterns) {
        Set<String> off = new HashSet<>();
        boolean furniture = true;
        boolean timestamps = true;
        boolean afterArticle = true;
        boolean interstitials = true;
        for (String name : disabled) {
            if (name.strip().equals(PageFurniture.REASON)) {
                furniture = false;
            } else if (name.strip().equals(TIMESTAMP)) {
                timestamps = false;
            } else if (name.strip().equals(AFTER_ARTICLE)) {
                afterArticle = false;
            } else if (name.strip().equals(INTERSTITIAL)) {
                interstitials = false;
            } else if (builtInNames().contains(name.strip())) {
                off.add(name.strip()); // every rule of that name: "photo-credit" is three, by the words they need
            } else {
                throw new IllegalArgumentException("unknown noise rule '" + name + "'; the built-in rules are "
                        + String.join(", ", builtInNames()) + ", and " + PageFurniture.REASON + " (the classifier)");
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : BUILT_IN) {
            if (!off.contains(rule.name())) {
                rules.add(rule);
            }
        }
        for (String pattern : patterns) {
            try {
                rules.add(0, new Rule("custom", null, Pattern.compile(pattern,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), MEDIUM, List.of()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("noise pattern '" + pattern + "' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return new NoiseRules(rules, furniture, timestamps, afterArticle, interstitials);
    }

    /** The reason {@code text} (one block or list item) is noise, or {@code null} when it is not. */
    public String reason(String text) {
        if (memory == null) {
            return judge(text);
        }
        String reason = memory.computeIfAbsent(text, t -> {
            String verdict = judge(t);
            return verdict == null ? NOT_NOISE : verdict;
        });
        return reason.equals(NOT_NOISE) ? null : reason;
    }

    private String judge(String text) {
        String candidate = text.strip();
        if (candidate.isEmpty()) {
            return null;
        }
        String bare = LEADING_SYMBOLS.matcher(candidate).replaceFirst("");
        String lowercase = candidate.toLowerCase(java.util.Locale.ROOT);
        boolean stripped = !bare.equals(candidate) && !bare.isEmpty();
        String bareLowercase = stripped ? bare.toLowerCase(java.util.Locale.ROOT) : null;
        for (Rule rule : rules) {
            if (rule.matches(candidate, lowercase) || stripped && rule.matches(bare, bareLowercase)) {
                return rule.name();
            }
        }
        return interstitialLines.contains(candidate) ? INTERSTITIAL : null;
    }

    private static Rule rule(String name, int maxChars, String... patterns) {
        return rule(name, maxChars, List.of(), patterns);
    }

    /** A rule whose floating patterns are only tried on a block that has one of the {@code keywords}. */
    private static Rule rule(String name, int maxChars, List<String> keywords, String... patterns) {
        List<String> anchored = new ArrayList<>();
        List<String> floating = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.startsWith("^")) {
                anchored.add(pattern.substring(1));
            } else {
                floating.add(pattern);
            }
        }
        return new Rule(name, anchored.isEmpty() ? null : new Openings(anchored, FLAGS), compile(floating), maxChars,
                keywords);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Pattern compile(List<String> patterns) {
        return patterns.isEmpty() ? null : Openings.join(patterns, FLAGS);
    }
}
