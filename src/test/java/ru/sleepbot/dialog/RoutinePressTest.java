package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutinePressTest {

    @Test
    void everyPressReadsBackFromItsOwnData() {
        List<RoutinePress> presses = List.of(new RoutinePress.ShowList(), new RoutinePress.Start("body_scan"),
                new RoutinePress.Switch("baby_bedtime"), new RoutinePress.Next("slow_breathing", 9),
                new RoutinePress.Pause(), new RoutinePress.Resume(), new RoutinePress.Timed("body_scan"),
                new RoutinePress.Stop(), new RoutinePress.Feel("quiet_mind", 3), new RoutinePress.Favourite("quiet_mind"));

        for (RoutinePress press : presses) {
            assertThat(RoutinePress.parse(press.data())).contains(press);
        }
    }

    @Test
    void theDataOtherFeaturesSendAreUnderstood() {
        // The main menu and the relaxation answer send rt:list; the evening reminder rt:start:<id>.
        assertThat(RoutinePress.parse("rt:list")).contains(new RoutinePress.ShowList());
        assertThat(RoutinePress.parse("rt:start:warm_wind_down")).contains(new RoutinePress.Start("warm_wind_down"));
    }

    @Test
    void malformedDataIsNotAPress() {
        for (String data : List.of("", "rt", "rt:", "rt:dance", "rt:start:", "rt:start:Body Scan", "rt:next:a:",
                "rt:next:a:-1", "rt:next:a:123", "rt:feel:a:0", "rt:feel:a:6", "rt:list:x:y:z", "ck:list")) {
            assertThat(RoutinePress.parse(data)).as(data).isEmpty();
        }
    }
}
