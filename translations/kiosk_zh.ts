<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>区域办事处：%1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>驻地办事处：%1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>由%1的区域办事处负责</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>地图上的%1</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>办事处在该国的工作</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>非官方译文</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n秒后重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>办事处网页（本信息亭不会打开）：%1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>返回上一屏</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>返回起始屏幕</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>文字大小：正常</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>文字大小：大</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>文字大小：更大</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存至%1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>内容未重新加载：发现%n个问题。当前内容保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>内容已重新加载：%1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>操作员面板</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>重置前的空闲时间</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>退出信息亭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN码错误次数过多。请在%n秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>请至少提供一种语言。</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>默认语言必须是所提供的语言之一。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>操作员PIN码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
