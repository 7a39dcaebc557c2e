import type { SearchWords } from '../broaden';

/** Chinese search words: see ../broaden.ts for how they are used. */
export const zhCn: SearchWords = {
  // Particles and pronouns that a question or a story adds ("…吗", "我…了"): whether a guide happens to use them says
  // nothing about whether it answers the question.
  stop: [
    '了',
    '的',
    '吗',
    '呢',
    '啊',
    '吧',
    '呀',
    '嘛',
    '很',
    '就',
    '被',
    '我',
    '我的',
    '我想',
    '你',
    '他',
    '她',
    '它',
    '也',
    '都',
    '还',
  ],
  // The guides' word first. The apps say 商家 ("商家拒绝了您的退款申请") where 53 of the 54 guides say 卖家; they print
  // "7天无理由退货" where the guides and the law write 七天.
  same: [
    ['卖家', '商家', '店家'],
    ['七天', '7天'],
    ['退款', '退钱'],
    ['拼多多', '拼夕夕'],
  ],
};
