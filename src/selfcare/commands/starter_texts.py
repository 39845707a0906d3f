"""The starter routines' texts: one per body area, in English and Japanese.

Each is a short routine for a practitioner to edit: one gentle stabilising exercise for the
area, then one loosening exercise, at a beginner's dose (poses from the pose library). For
pregnancy (pelvic-girdle) the knees stay together and nothing is done lying on the back.
"""

from __future__ import annotations

from dataclasses import dataclass

from selfcare.routine.model import Area

Words = tuple[str, str]  # a text in English and in Japanese


@dataclass(frozen=True)
class StarterStep:
    id: str
    name: Words
    position: Words
    cues: tuple[Words, ...]
    mistakes: tuple[Words, ...]
    caution: Words | None
    figure: tuple[str, ...]  # one pose, or the start and the end
    hold: int
    reps: int
    rest: int
    each_side: bool = False


@dataclass(frozen=True)
class Starter:
    title: Words
    fits: tuple[Words, ...]
    cautions: tuple[Words, ...]
    why: Words  # of the stabilising phase
    stabilize: StarterStep
    ask: Words  # before the loosening phase
    loosen: StarterStep


_STOP_NUMB = (
    "Stop if you feel numbness or tingling down the leg.",
    "脚にしびれやピリピリ感が出たら中止します。",
)

STARTERS: dict[Area, Starter] = {
    Area.LOW_BACK: Starter(
        title=("My low back routine", "腰のセルフケア"),
        fits=(
            (
                "Your low back feels unsteady, or gets worse after stretching or massage",
                "腰が不安定に感じる方、ストレッチやマッサージの後に腰が悪化しやすい方",
            ),
        ),
        cautions=(
            (
                "Move within comfort. Stop if pain spreads down a leg, or you feel numbness.",
                "痛みのない範囲で動きましょう。脚に広がる痛みやしびれが出たら中止します。",
            ),
        ),
        why=(
            "Support first: gently wake up the deep muscles that hold the lower back steady.",
            "まず支えから。腰を安定させる深い筋肉を、やさしく働かせます。",
        ),
        stabilize=StarterStep(
            id="drawing-in",
            name=("Abdominal drawing-in", "ドローイン"),
            position=(
                "On your back, knees bent, feet flat",
                "仰向けで膝を立て、足裏を床につけます",
            ),
            cues=(
                (
                    "Breathe out and gently draw the lower belly in",
                    "息を吐きながら下腹をやさしく引き込みます",
                ),
                (
                    "Keep breathing; about a quarter of full effort",
                    "呼吸は止めず、力は全力の4分の1くらい",
                ),
            ),
            mistakes=(("Holding the breath", "息を止めてしまう"),),
            caution=None,
            figure=("hook-lying-hands-on-belly",),
            hold=10,
            reps=10,
            rest=5,
        ),
        ask=(
            "After the stabilising part, does your lower back still feel stiff?",
            "安定させる運動のあとも、腰のこわばりが残っていますか？",
        ),
        loosen=StarterStep(
            id="knee-to-chest",
            name=("Knee-to-chest stretch", "膝抱えストレッチ"),
            position=("On your back, knees bent", "仰向けで膝を立てます"),
            cues=(
                (
                    "Draw one knee towards the chest, hands behind the thigh",
                    "片膝を胸に引き寄せ、太ももの裏を手で支えます",
                ),
                ("Breathe slowly; no bouncing", "ゆっくり呼吸し、反動はつけません"),
            ),
            mistakes=(("Pulling hard enough to hurt", "痛くなるほど強く引く"),),
            caution=_STOP_NUMB,
            figure=("hook-lying", "knee-to-chest"),
            hold=20,
            reps=3,
            rest=5,
            each_side=True,
        ),
    ),
    Area.PELVIC_GIRDLE: Starter(
        title=("My pelvic girdle routine", "骨盤まわりのセルフケア"),
        fits=(
            (
                "Pain at the back or front of the pelvis in pregnancy or after birth, once "
                "your midwife, doctor or physiotherapist has said exercise is OK",
                "妊娠中や産後に骨盤の後ろ側や前側が痛む方（助産師・医師・理学療法士から"
                "運動してよいと言われている方）",
            ),
        ),
        cautions=(
            (
                "Keep your knees together as you move, and stay within comfort.",
                "動くときは膝をそろえ、楽な範囲で行います。",
            ),
            (
                "Stop and contact your midwife or maternity unit if you have bleeding, leaking "
                "fluid, regular tightenings, a fever, or a painful or swollen calf.",
                "出血、水のようなものが流れ出る、規則的なおなかの張り、発熱、ふくらはぎの痛み"
                "や腫れがあれば、中止して助産師または産院に連絡してください。",
            ),
            (
                "From about 16 weeks of pregnancy, avoid lying flat on your back.",
                "妊娠16週ごろ以降は、仰向けで横になるのを避けます。",
            ),
        ),
        why=(
            "Support first: gently wake up the deep belly muscles that steady the pelvis.",
            "まず支えから。骨盤を安定させるおなかの深い筋肉を、やさしく働かせます。",
        ),
        stabilize=StarterStep(
            id="drawing-in-on-side",
            name=("Drawing-in, on your side", "横向きのドローイン"),
            position=(
                "Lie on your side, hips and knees bent and together, head on a pillow",
                "横向きに寝て、股関節と膝を曲げて両膝をそろえ、頭は枕にのせます",
            ),
            cues=(
                ("Rest your top hand on your lower belly", "上側の手を下腹にのせます"),
                (
                    "Breathe out and gently draw the lower belly in, away from your hand",
                    "息を吐きながら、手から離すように下腹をやさしく引き込みます",
                ),
                (
                    "Keep breathing softly while you hold",
                    "キープしている間もやわらかく呼吸を続けます",
                ),
            ),
            mistakes=(
                ("Holding the breath, or pulling in hard", "息を止める、強く引き込みすぎる"),
            ),
            caution=(
                "You can also do this sitting tall on a chair.",
                "椅子に背すじを伸ばして座って行ってもかまいません。",
            ),
            figure=("side-lying-hand-on-belly",),
            hold=10,
            reps=10,
            rest=3,
        ),
        ask=(
            "After the stabilising part, is there stiffness in your back or hips that still "
            "bothers you?",
            "安定させる運動のあとも、腰やお尻に気になるこわばりが残っていますか？",
        ),
        loosen=StarterStep(
            id="seated-pelvic-rocking",
            name=("Seated pelvic rocking", "座って骨盤ゆらし"),
            position=(
                "Sit on a firm chair, feet flat and knees together",
                "しっかりした椅子に座り、足裏を床につけて両膝をそろえます",
            ),
            cues=(
                (
                    "Breathe out and slowly roll the pelvis back, the lower back rounding a little",
                    "息を吐きながら骨盤をゆっくり後ろへ倒し、腰を少し丸めます",
                ),
                (
                    "Breathe in and roll it forward to sit tall again",
                    "息を吸いながら骨盤を起こし、背すじを伸ばした姿勢に戻ります",
                ),
            ),
            mistakes=(("Rocking far or fast", "大きく、または速く動かしてしまう"),),
            caution=(
                "Stop if it brings on pain in the pelvis or groin.",
                "骨盤や股の付け根に痛みが出たら中止します。",
            ),
            figure=("sitting-tall", "sitting-rounded"),
            hold=5,
            reps=10,
            rest=2,
        ),
    ),
    Area.NECK_SHOULDER: Starter(
        title=("My neck and shoulder routine", "首と肩のセルフケア"),
        fits=(
            (
                "Your neck and shoulders tire or tighten when you sit for long",
                "長く座っていると首や肩が疲れたり、こわばったりしやすい方",
            ),
        ),
        cautions=(
            (
                "Move slowly and within comfort: these are small movements.",
                "ゆっくり、楽な範囲で動きましょう。どれも小さな動きです。",
            ),
            (
                "Stop at once if you feel dizzy, see double, or feel numbness or tingling in "
                "your face, arms or hands.",
                "めまい、物が二重に見える、顔や腕・手のしびれやピリピリ感が出たら、すぐに"
                "中止します。",
            ),
        ),
        why=(
            "Support first: gently wake up the deep muscles at the front of the neck that "
            "hold the head steady.",
            "まず支えから。頭を支える首の前側の深い筋肉を、やさしく働かせます。",
        ),
        stabilize=StarterStep(
            id="chin-tuck",
            name=("Chin tuck, sitting tall", "あご引き（座って）"),
            position=(
                "Sit tall on a chair, feet flat, shoulders relaxed, looking straight ahead",
                "椅子に背すじを伸ばして座り、足裏を床につけ、肩の力を抜いて正面を見ます",
            ),
            cues=(
                (
                    "Gently glide your chin straight back, as if making a double chin",
                    "二重あごをつくるように、あごをまっすぐ後ろへやさしく引きます",
                ),
                (
                    "Keep your eyes level and keep breathing; light effort is enough",
                    "目線は水平のまま、呼吸を続けます。力は軽くで十分です",
                ),
            ),
            mistakes=(
                (
                    "Tipping the head down instead of gliding it back",
                    "引かずに頭を下に向けてしまう",
                ),
                ("Lifting or tensing the shoulders", "肩が上がる、力が入る"),
            ),
            caution=None,
            figure=("sitting-tall",),
            hold=5,
            reps=10,
            rest=3,
        ),
        ask=(
            "After the stabilising part, do your neck or shoulders still feel stiff?",
            "安定させる運動のあとも、首や肩のこわばりが残っていますか？",
        ),
        loosen=StarterStep(
            id="shoulder-rolls",
            name=("Slow shoulder rolls", "ゆっくり肩回し"),
            position=(
                "Stay sitting tall, arms relaxed by your sides",
                "背すじを伸ばして座ったまま、腕は体の横で力を抜きます",
            ),
            cues=(
                (
                    "Lift the shoulders gently, roll them back, then let them drop",
                    "肩をやさしく持ち上げ、後ろへ回してから、すとんと下ろします",
                ),
                (
                    "Breathe out as they drop; keep the movement small and smooth",
                    "下ろすときに息を吐き、動きは小さくなめらかにします",
                ),
            ),
            mistakes=(("Rolling fast or forcing the range", "速く回す、無理に大きく動かす"),),
            caution=(
                "Stop if it brings on pain, numbness or tingling down an arm.",
                "腕に広がる痛みやしびれが出たら中止します。",
            ),
            figure=("sitting-tall",),
            hold=4,
            reps=8,
            rest=2,
        ),
    ),
    Area.GENERAL: Starter(
        title=("My routine", "私のルーティン"),
        fits=(
            (
                "Adults who want a short, gentle routine to build support and move with ease",
                "支える力をつけて楽に動けるよう、短くやさしいルーティンを行いたい方",
            ),
        ),
        cautions=(
            (
                "Move within comfort: mild effort is fine, sharp pain is not. Stop if you feel "
                "numbness, tingling or dizziness.",
                "楽な範囲で動きましょう。軽くがんばる程度は問題ありませんが、鋭い痛みは"
                "避けます。しびれ、ピリピリ感、めまいが出たら中止します。",
            ),
        ),
        why=(
            "Support first: the muscles around the hips and trunk steady every other movement.",
            "まず支えから。お尻と体幹まわりの筋肉が、ほかのすべての動きを支えます。",
        ),
        stabilize=StarterStep(
            id="glute-bridge",
            name=("Glute bridge", "ヒップリフト（ブリッジ）"),
            position=(
                "On your back, knees bent, feet flat and hip-width apart",
                "仰向けで膝を立て、足裏を床につけて足を腰幅に開きます",
            ),
            cues=(
                (
                    "Gently draw the lower belly in, then press through your heels",
                    "下腹を軽く引き込み、かかとで床を押します",
                ),
                (
                    "Lift the hips until knees, hips and shoulders are in a line",
                    "膝・腰・肩が一直線になるところまでお尻を持ち上げます",
                ),
                ("Lower slowly, and keep breathing", "呼吸を続けながら、ゆっくり下ろします"),
            ),
            mistakes=(("Arching the lower back at the top", "上で腰を反らせてしまう"),),
            caution=None,
            figure=("hook-lying", "bridge-top"),
            hold=6,
            reps=8,
            rest=5,
        ),
        ask=(
            "After the stabilising part, does your back still feel stiff?",
            "安定させる運動のあとも、背中のこわばりが残っていますか？",
        ),
        loosen=StarterStep(
            id="cat-cow",
            name=("Cat–cow", "キャット＆カウ"),
            position=(
                "On hands and knees, hands under the shoulders, knees under the hips",
                "四つんばいになり、手は肩の真下、膝は股関節の真下に置きます",
            ),
            cues=(
                (
                    "Breathe out and gently round your back towards the ceiling",
                    "息を吐きながら、背中をやさしく天井のほうへ丸めます",
                ),
                (
                    "Breathe in and let your back dip a little",
                    "息を吸いながら、背中を少しだけ反らせます",
                ),
            ),
            mistakes=(
                ("Moving fast, or dipping the lower back far", "速く動く、腰を大きく反らせる"),
            ),
            caution=(
                "Put a folded towel under your knees if kneeling is uncomfortable.",
                "膝をつくのがつらい場合は、膝の下にたたんだタオルを敷きます。",
            ),
            figure=("cat", "cow"),
            hold=5,
            reps=10,
            rest=0,
        ),
    ),
}
