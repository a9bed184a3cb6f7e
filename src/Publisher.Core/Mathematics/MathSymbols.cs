namespace Publisher.Core.Mathematics;

/// <summary>
/// The commands of LaTeX's math mode that stand for one symbol (<c>\alpha</c>, <c>\le</c>, <c>\sum</c>), each with its
/// Unicode character and its class; the functions set as upright words (<c>\sin</c>, <c>\lim</c>); delimiters, accents
/// and spaces. What amsmath and amssymb users write most; anything else is an error naming the nearest command here.
/// </summary>
public static class MathSymbols
{
    private static Dictionary<string, (string, AtomClass)> Table(AtomClass kind, string pairs)
    {
        var table = new Dictionary<string, (string, AtomClass)>(StringComparer.Ordinal);
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.LastIndexOf('=');
            table[pair[..eq]] = (pair[(eq + 1)..], kind);
        }
        return table;
    }

    /// <summary>Greek letters: lower case italic (ordinary), upper case upright, as TeX sets them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Greek = Table(AtomClass.Ord,
        "alpha=α beta=β gamma=γ delta=δ epsilon=ϵ varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ iota=ι kappa=κ varkappa=ϰ " +
        "lambda=λ mu=μ nu=ν xi=ξ omicron=ο pi=π varpi=ϖ rho=ρ varrho=ϱ sigma=σ varsigma=ς tau=τ upsilon=υ phi=ϕ varphi=φ " +
        "chi=χ psi=ψ omega=ω digamma=ϝ Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω")
        .ToDictionary(kv => kv.Key, kv => kv.Value.Item1);

    /// <summary>Every command that is one symbol, with its character and class.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, AtomClass Class)> Symbols = new[]
    {
        Table(AtomClass.Ord,
            "infty=∞ partial=∂ nabla=∇ emptyset=∅ varnothing=∅ forall=∀ exists=∃ nexists=∄ neg=¬ lnot=¬ ell=ℓ hbar=ℏ hslash=ℏ " +
            "aleph=ℵ beth=ℶ prime=′ angle=∠ measuredangle=∡ triangle=△ square=□ Box=□ blacksquare=■ ldots=… cdots=⋯ vdots=⋮ " +
            "ddots=⋱ dots=… top=⊤ bot=⊥ Re=ℜ Im=ℑ wp=℘ imath=ı jmath=ȷ surd=√ flat=♭ natural=♮ sharp=♯ clubsuit=♣ " +
            "diamondsuit=♢ heartsuit=♡ spadesuit=♠ checkmark=✓ circledR=® maltese=✠ backprime=‵ complement=∁ mho=℧ eth=ð " +
            "degree=° S=§ P=¶ dag=† ddag=‡ copyright=© pounds=£ yen=¥ lightning=↯ therefore=∴ because=∵"),
        Table(AtomClass.Bin,
            "pm=± mp=∓ times=× div=÷ cdot=⋅ ast=∗ star=⋆ circ=∘ bullet=∙ cap=∩ cup=∪ wedge=∧ land=∧ vee=∨ lor=∨ setminus=∖ " +
            "smallsetminus=∖ oplus=⊕ otimes=⊗ ominus=⊖ odot=⊙ oslash=⊘ uplus=⊎ sqcap=⊓ sqcup=⊔ dagger=† ddagger=‡ amalg=⨿ wr=≀ " +
            "diamond=⋄ bigtriangleup=△ bigtriangledown=▽ triangleleft=◁ triangleright=▷ lhd=⊲ rhd=⊳ unlhd=⊴ unrhd=⊵ " +
            "boxplus=⊞ boxminus=⊟ boxtimes=⊠ boxdot=⊡ ltimes=⋉ rtimes=⋊ dotplus=∔ barwedge=⊼ veebar=⊻ intercal=⊺ centerdot=⋅"),
        Table(AtomClass.Rel,
            "le=≤ leq=≤ ge=≥ geq=≥ ne=≠ neq=≠ equiv=≡ approx=≈ approxeq=≊ sim=∼ simeq=≃ cong=≅ propto=∝ in=∈ notin=∉ ni=∋ " +
            "owns=∋ subset=⊂ supset=⊃ subseteq=⊆ supseteq=⊇ subsetneq=⊊ supsetneq=⊋ nsubseteq=⊈ nsupseteq=⊉ sqsubset=⊏ " +
            "sqsupset=⊐ sqsubseteq=⊑ sqsupseteq=⊒ mid=∣ nmid=∤ parallel=∥ nparallel=∦ perp=⊥ ll=≪ gg=≫ lll=⋘ ggg=⋙ prec=≺ " +
            "succ=≻ preceq=⪯ succeq=⪰ doteq=≐ models=⊨ vdash=⊢ dashv=⊣ vDash=⊨ asymp=≍ bowtie=⋈ coloneqq=≔ eqqcolon=≕ " +
            "lesssim=≲ gtrsim=≳ nleq=≰ ngeq=≱ nless=≮ ngtr=≯ leqslant=⩽ geqslant=⩾ smile=⌣ frown=⌢ triangleq=≜ " +
            "nsim=≁ ncong=≇ lessgtr=≶ gtrless=≷ sqsubsetneq=⊏ Subset=⋐ Supset=⋑ " +
            "to=→ rightarrow=→ leftarrow=← gets=← leftrightarrow=↔ Rightarrow=⇒ Leftarrow=⇐ Leftrightarrow=⇔ implies=⟹ " +
            "impliedby=⟸ iff=⟺ mapsto=↦ longmapsto=⟼ longrightarrow=⟶ longleftarrow=⟵ longleftrightarrow=⟷ " +
            "Longrightarrow=⟹ Longleftarrow=⟸ Longleftrightarrow=⟺ uparrow=↑ downarrow=↓ updownarrow=↕ Uparrow=⇑ " +
            "Downarrow=⇓ Updownarrow=⇕ nearrow=↗ searrow=↘ swarrow=↙ nwarrow=↖ hookrightarrow=↪ hookleftarrow=↩ " +
            "rightharpoonup=⇀ rightharpoondown=⇁ leftharpoonup=↼ leftharpoondown=↽ rightleftharpoons=⇌ leftrightarrows=⇆ " +
            "rightleftarrows=⇄ twoheadrightarrow=↠ rightarrowtail=↣ leadsto=⇝ nrightarrow=↛ nleftarrow=↚ nRightarrow=⇏ " +
            "nLeftarrow=⇍ nleftrightarrow=↮ nLeftrightarrow=⇎ circlearrowleft=↺ circlearrowright=↻ curvearrowleft=↶ " +
            "curvearrowright=↷ upharpoonleft=↿ upharpoonright=↾ downharpoonleft=⇃ downharpoonright=⇂"),
        Table(AtomClass.Punct, "colon=: ldotp=. cdotp=·"),
    }.SelectMany(t => t).Concat(Greek.Select(g => new KeyValuePair<string, (string, AtomClass)>(g.Key, (g.Value, AtomClass.Ord))))
        .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Big operators; integrals take their limits at the side, the rest above and below in display.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, bool Limits)> BigOperators = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["sum"] = ("∑", true), ["prod"] = ("∏", true), ["coprod"] = ("∐", true), ["int"] = ("∫", false), ["iint"] = ("∬", false),
        ["iiint"] = ("∭", false), ["oint"] = ("∮", false), ["bigcup"] = ("⋃", true), ["bigcap"] = ("⋂", true),
        ["bigvee"] = ("⋁", true), ["bigwedge"] = ("⋀", true), ["bigoplus"] = ("⨁", true), ["bigotimes"] = ("⨂", true),
        ["bigodot"] = ("⨀", true), ["biguplus"] = ("⨄", true), ["bigsqcup"] = ("⨆", true),
    };

    /// <summary>Functions set as upright words; those that take limits above and below in display, with true.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, bool Limits)> Functions =
        "arccos arcsin arctan arg cos cosh cot coth csc deg dim exp hom ker lg ln log sec sin sinh tan tanh".Split(' ')
            .Select(f => (f, (f, false)))
            .Concat("det gcd inf lim max min sup Pr".Split(' ').Select(f => (f, (f, true))))
            .Append(("liminf", ("lim inf", true))).Append(("limsup", ("lim sup", true)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>What may follow <c>\left</c>, <c>\right</c>, <c>\big</c>: the delimiter each names ("" for <c>.</c>, none).</summary>
    public static readonly IReadOnlyDictionary<string, string> Delimiters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["("] = "(", [")"] = ")", ["["] = "[", ["]"] = "]", ["|"] = "|", ["/"] = "/", ["."] = "",
        ["\\{"] = "{", ["\\}"] = "}", ["\\lbrace"] = "{", ["\\rbrace"] = "}", ["\\langle"] = "⟨", ["\\rangle"] = "⟩",
        ["\\lvert"] = "|", ["\\rvert"] = "|", ["\\vert"] = "|", ["\\|"] = "‖", ["\\lVert"] = "‖", ["\\rVert"] = "‖",
        ["\\Vert"] = "‖", ["\\lfloor"] = "⌊", ["\\rfloor"] = "⌋", ["\\lceil"] = "⌈", ["\\rceil"] = "⌉",
        ["\\backslash"] = "∖", ["\\lbrack"] = "[", ["\\rbrack"] = "]", ["\\uparrow"] = "↑", ["\\downarrow"] = "↓",
        ["\\updownarrow"] = "↕", ["\\Uparrow"] = "⇑", ["\\Downarrow"] = "⇓",
    };

    /// <summary>Accents: the character each sets over (or under) its base, and whether it stretches over the whole base.</summary>
    public static readonly IReadOnlyDictionary<string, (string Mark, bool Stretchy, bool Under)> Accents =
        new Dictionary<string, (string, bool, bool)>(StringComparer.Ordinal)
        {
            ["hat"] = ("^", false, false), ["check"] = ("ˇ", false, false), ["breve"] = ("˘", false, false),
            ["acute"] = ("´", false, false), ["grave"] = ("`", false, false), ["tilde"] = ("~", false, false),
            ["bar"] = ("¯", false, false), ["vec"] = ("→", false, false), ["dot"] = ("˙", false, false),
            ["ddot"] = ("¨", false, false), ["dddot"] = ("⃛", false, false), ["mathring"] = ("˚", false, false),
            ["widehat"] = ("^", true, false), ["widetilde"] = ("~", true, false), ["widecheck"] = ("ˇ", true, false),
            ["overline"] = ("‾", true, false), ["underline"] = ("_", true, true), ["overrightarrow"] = ("→", true, false),
            ["overleftarrow"] = ("←", true, false), ["overleftrightarrow"] = ("↔", true, false),
            ["overbrace"] = ("⏞", true, false), ["underbrace"] = ("⏟", true, true),
        };

    /// <summary>Spaces, in ems (a math unit is 1/18 em).</summary>
    public static readonly IReadOnlyDictionary<string, double> Spaces = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [","] = 3 / 18.0, ["thinspace"] = 3 / 18.0, [":"] = 4 / 18.0, [">"] = 4 / 18.0, ["medspace"] = 4 / 18.0,
        [";"] = 5 / 18.0, ["thickspace"] = 5 / 18.0, ["!"] = -3 / 18.0, ["negthinspace"] = -3 / 18.0, [" "] = 6 / 18.0,
        ["quad"] = 1, ["qquad"] = 2, ["enspace"] = 0.5,
    };

    /// <summary>The alphabet commands: <c>\mathbf{x}</c> and the rest.</summary>
    public static readonly IReadOnlyDictionary<string, MathVariant> Alphabets = new Dictionary<string, MathVariant>(StringComparer.Ordinal)
    {
        ["mathbf"] = MathVariant.Bold, ["mathbb"] = MathVariant.DoubleStruck, ["mathcal"] = MathVariant.Script,
        ["mathscr"] = MathVariant.Script, ["mathfrak"] = MathVariant.Fraktur, ["mathrm"] = MathVariant.Upright,
        ["mathit"] = MathVariant.Italic, ["mathsf"] = MathVariant.SansSerif, ["mathtt"] = MathVariant.Monospace,
        ["boldsymbol"] = MathVariant.BoldItalic, ["bm"] = MathVariant.BoldItalic, ["mathnormal"] = MathVariant.Default,
    };

    /// <summary>Environments of <c>\begin{…}</c>: the table each makes and its delimiters.</summary>
    public static readonly IReadOnlyDictionary<string, (MathTableKind Kind, string Open, string Close)> Environments =
        new Dictionary<string, (MathTableKind, string, string)>(StringComparer.Ordinal)
        {
            ["matrix"] = (MathTableKind.Matrix, "", ""), ["smallmatrix"] = (MathTableKind.Matrix, "", ""),
            ["pmatrix"] = (MathTableKind.Matrix, "(", ")"), ["bmatrix"] = (MathTableKind.Matrix, "[", "]"),
            ["Bmatrix"] = (MathTableKind.Matrix, "{", "}"), ["vmatrix"] = (MathTableKind.Matrix, "|", "|"),
            ["Vmatrix"] = (MathTableKind.Matrix, "‖", "‖"), ["cases"] = (MathTableKind.Cases, "{", ""),
            ["aligned"] = (MathTableKind.Aligned, "", ""), ["align"] = (MathTableKind.Aligned, "", ""),
            ["align*"] = (MathTableKind.Aligned, "", ""), ["split"] = (MathTableKind.Aligned, "", ""),
            ["alignat"] = (MathTableKind.Aligned, "", ""), ["alignat*"] = (MathTableKind.Aligned, "", ""),
            ["gather"] = (MathTableKind.Gathered, "", ""), ["gather*"] = (MathTableKind.Gathered, "", ""),
            ["gathered"] = (MathTableKind.Gathered, "", ""), ["equation"] = (MathTableKind.Gathered, "", ""),
            ["equation*"] = (MathTableKind.Gathered, "", ""),
        };

    /// <summary>The other commands the parser knows (structure, not symbols), for the nearest-command hint.</summary>
    public static readonly IReadOnlyList<string> Structural =
    [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "left", "right", "middle", "big", "Big", "bigg",
        "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "text", "textrm", "textit", "textbf",
        "mbox", "operatorname", "operatorname*", "begin", "end", "tag", "notag", "nonumber", "limits", "nolimits",
        "displaystyle", "textstyle", "overset", "underset", "stackrel", "not", "mathop", "pmod", "bmod", "mod",
    ];

    /// <summary>The class of a character written as itself (a = b, x + 1, f(x)).</summary>
    public static AtomClass ClassOf(string text) => text switch
    {
        "+" or "−" or "*" or "∗" or "±" or "∓" or "×" or "÷" or "⋅" or "∘" or "∩" or "∪" or "∧" or "∨" or "⊕" or "⊗" => AtomClass.Bin,
        "=" or "<" or ">" or ":" or "≤" or "≥" or "≠" or "≡" or "≈" or "∼" or "≅" or "∈" or "∉" or "⊂" or "⊃" or "⊆" or "⊇"
            or "→" or "←" or "↔" or "⇒" or "⇐" or "⇔" or "↦" or "∝" or "≪" or "≫" or "∣" or "∥" => AtomClass.Rel,
        "(" or "[" or "{" or "⟨" or "⌊" or "⌈" => AtomClass.Open,
        ")" or "]" or "}" or "⟩" or "⌋" or "⌉" or "!" or "?" => AtomClass.Close,
        "," or ";" => AtomClass.Punct,
        "∑" or "∏" or "∫" or "∮" or "⋃" or "⋂" => AtomClass.Op,
        _ => AtomClass.Ord,
    };

    /// <summary>Every command name the parser knows, for the nearest-command hint.</summary>
    public static IEnumerable<string> AllCommands => Symbols.Keys.Concat(BigOperators.Keys).Concat(Functions.Keys)
        .Concat(Accents.Keys).Concat(Spaces.Keys.Where(k => k.Length > 1)).Concat(Alphabets.Keys).Concat(Structural)
        .Concat(Delimiters.Keys.Where(k => k.Length > 2 && k[0] == '\\').Select(k => k[1..]));
}
