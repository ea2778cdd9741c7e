package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Medicines only ever with "only a doctor prescribes", and no doses anywhere. */
class MedicineSafetyTest {

    /**
     * The medicines and drug groups the content names (word beginnings, ё as е): those of the source
     * articles and those the medical review asks to name as causes or risks (§3), sleep aids included.
     */
    static final Pattern MEDICINE = Pattern.compile(
            "новопассит|валериан|валерьян|клоназепам|вальпроат|кортикостероид|нейролептик|противосудорожн|"
                    + "седативн|успокоительн\\S* (препарат|средств|лекарств)|транквилизатор|антидепрессант|"
                    + "(витаминн|минеральн)\\S* (комплекс|препарат)|препарат\\S* (железа|магния|кальция|калия)|"
                    + "сиозс|сиозсн|миртазапин|трамадол|прегабалин|габапентин|литий|лития|антигистамин|донормил|"
                    + "димедрол|метоклопрамид|снотворн|феназепам|бензодиазепин|корвалол|валокордин|мелатонин|"
                    + "фенибут|глицин|хинин|антипсихотик|кальма|седанот");

    static final Pattern ONLY_DOCTOR = Pattern.compile(
            "только врач|врач назнач|назначает (их |его |ее |это )?(только )?врач|назначить (их |его )?может только|"
                    + "по назначению врача|без назначения врача|только по рецепту|подбирает (их |его )?(только )?врач|"
                    + "только (с|после) (консультации|разрешения|согласования) (с )?врач|решает врач|выписывает врач|"
                    + "подобрать может только врач|врач подбирает|врач решает|назначение делает врач");

    static final Pattern DOSE = Pattern.compile(
            "\\d+([.,]\\d+)?\\s*(мг|mg|мкг|мл|ml|ме|ед|грамм|г)\\b|"
                    + "по (одной|одному|две|два|три|половине|\\d+) (таблет|капсул|кап|ампул|пакетик|ложк)|"
                    + "\\d+\\s*(таблет|капсул|ампул|капел)|(таблет|капсул)\\S* (в|на) (день|сутки|ночь)|"
                    + "курс(ом)? (в |на )?\\d+|\\d+ раз(а)? в (день|сутки)");

    private static List<BotTexts.Text> texts;

    @BeforeAll
    static void load() {
        texts = BotTexts.of(new ContentLoader().load(Path.of("intents")));
    }

    @Test
    void everyParagraphNamingAMedicineSaysOnlyADoctorPrescribesIt() {
        List<String> unsafe = new ArrayList<>();
        for (BotTexts.Text text : texts) {
            for (String paragraph : text.text().split("\\n\\s*\\n")) {
                String plain = paragraph.toLowerCase().replace('ё', 'е');
                if (MEDICINE.matcher(plain).find() && !ONLY_DOCTOR.matcher(plain).find()) {
                    unsafe.add(text.where() + ": " + paragraph);
                }
            }
        }
        assertThat(unsafe).isEmpty();
    }

    @Test
    void noTextGivesADose() {
        List<String> doses = new ArrayList<>();
        for (BotTexts.Text text : texts) {
            var m = DOSE.matcher(text.text().toLowerCase().replace('ё', 'е'));
            if (m.find()) {
                doses.add(text.where() + ": …" + m.group() + "…");
            }
        }
        assertThat(doses).isEmpty();
    }

    @Test
    void theChecksThemselvesCatchWhatTheyShould() {
        assertThat(MEDICINE.matcher("врач может назначить клоназепам").find()).isTrue();
        assertThat(ONLY_DOCTOR.matcher("назначает их только врач").find()).isTrue();
        assertThat(DOSE.matcher("по 2 таблетки").find()).isTrue();
        assertThat(DOSE.matcher("400 мг магния").find()).isTrue();
        assertThat(DOSE.matcher("в спальне 18-21 градус").find()).isFalse();
    }
}
