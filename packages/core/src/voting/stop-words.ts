/**
 * Compact stop-word lists (the most frequent function words), written without accents
 * because the word cloud compares accent-free forms (WORD-2).
 */
const FR = `a ai aie aient aies ait alors as au aucun aucune aupres auquel aussi autre autres aux avaient avais
avait avant avec avez aviez avions avoir avons ayant bon c ca car ce ceci cela celle celles celui cependant ces
cet cette ceux chaque chez ci comme comment d dans de des deja donc dont du elle elles en encore entre es est
et etaient etais etait etant ete etre eu eux faire fait fois font hors ici il ils j je jusqu l la le les leur
leurs lui m ma mais me meme memes mes moi mon n ne ni non nos notre nous on ont ou par parce pas peu peut plus
pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se sera ses seulement si sien son sont
sous soyez sur t ta tandis te tes toi ton tous tout toute toutes tres tu un une vers voici voila vos votre vous
vu y apres bien etc trop`;

const EN = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
not now of off on once only or other ought our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves also get
got like make many much must one really us want way well yes`;

export const STOP_WORDS: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  fr: new Set(FR.split(/\s+/)),
  en: new Set(EN.split(/\s+/)),
};
