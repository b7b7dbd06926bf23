/**
 * Stop words for themes (THEME-2), fuller than the word cloud's: function words, auxiliaries
 * and their common forms, and the fillers of notes and questions ("how", "comment", "using").
 * Written folded (no accents, lower case) because they are compared with folded words.
 */
import { fold } from './normalize.ts';

const FR = `a ai aie aient aies ait alors as au aucun aucune aupres auquel aussi autre autres aux
avaient avais avait avant avec avez aviez avions avoir avons ayant b bon c ca car ce ceci cela celle
celles celui cependant certain certaine certaines certains ces cet cette ceux chacun chacune chaque
chez ci comme comment d dans de dedans dehors depuis des desquelles desquels deja donc dont du duquel
durant elle elles en encore entre envers es est et etaient etais etait etant etc ete etre eu eue eues
eurent eus eut eux fai faire fais fait faites fois font fut h hormis hors ici il ils j je jusqu jusque
l la laquelle le lequel les lesquelles lesquels leur leurs lors lui m ma mais malgre me meme memes mes
moi moins mon n ne ni non nos notre nous o on ont ou par parce parmi pas pendant peu peut peuvent
plupart plus plusieurs pour pourquoi pourrait pres puis puisque qu quand que quel quelle quelles quels
qui quoi s sa sans sauf se selon sera serait seront ses seul seule seulement si sien sienne soi soit
sommes son sont sous soyez suis sur t ta tandis tant te tel telle telles tels tes toi ton tous tout
toute toutes tres trop tu un une unes uns v va vers via voici voila vont vos votre votres vous vu y
apres bien ainsi afin aujourdhui oui etre avoir cas chose choses faut faudrait falloir peux pouvoir
doit doivent devoir devrait avoir mieux beaucoup toujours jamais rien quelque quelques autant`;

const EN = `a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are around
as at b be became because become becomes been before beforehand behind being below beside besides
between beyond both but by c can cannot cant could couldnt d did didnt do does doesnt doing done dont
down due during e each eg either else elsewhere enough etc even ever every everyone everything
everywhere except f few for from further g get gets getting got had has hasnt have havent having he
hence her here hers herself him himself his how however i ie if in indeed instead into is isnt it its
itself just k least less let lets like ll m many may me might mine more moreover most mostly much must
my myself n namely neither never nevertheless next no nobody none nor not nothing now nowhere o of off
often on once one only onto or other others otherwise ought our ours ourselves out over own p per
perhaps please q quite r rather re really s same seem seemed seems several shall she should shouldnt
since so some somehow someone something sometimes somewhere still such t than that thats the their
theirs them themselves then there thereby therefore these they thing things this those though through
throughout thus to together too toward towards u under until up upon us v ve very via w was wasnt way
we well were werent what whatever when whenever where whereas wherever whether which while who whoever
whole whom whose why will with within without won wont would wouldnt x y yes yet you your yours
yourself yourselves z use used uses using want wants need needs make makes making possible
best good better question problem problems help`;

const parse = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).map(fold));

export type ThemeLanguage = 'fr' | 'en';

export const THEME_STOP_WORDS: Readonly<Record<ThemeLanguage, ReadonlySet<string>>> = {
  fr: parse(FR),
  en: parse(EN),
};

export function isStopWord(folded: string, language: ThemeLanguage): boolean {
  return THEME_STOP_WORDS[language].has(folded);
}
